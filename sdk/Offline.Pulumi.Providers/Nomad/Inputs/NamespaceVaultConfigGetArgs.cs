namespace Pulumi.Nomad.Inputs;

public sealed class NamespaceVaultConfigGetArgs : global::Pulumi.ResourceArgs
{
    [Input("alloweds")]
    private InputList<string>? _alloweds;

    public InputList<string> Alloweds
    {
        get => _alloweds ??= [];
        set => _alloweds = value;
    }

    [Input("default")]
    public Input<string>? Default { get; set; }

    [Input("denieds")]
    private InputList<string>? _denieds;

    public InputList<string> Denieds
    {
        get => _denieds ??= [];
        set => _denieds = value;
    }
}
