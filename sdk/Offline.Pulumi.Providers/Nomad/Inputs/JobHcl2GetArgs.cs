namespace Pulumi.Nomad.Inputs;

public sealed class JobHcl2GetArgs : global::Pulumi.ResourceArgs
{
    [Input("allowFs")]
    public Input<bool>? AllowFs { get; set; }

    [Input("vars")]
    private InputMap<string>? _vars;

    public InputMap<string> Vars
    {
        get => _vars ??= new InputMap<string>();
        set => _vars = value;
    }
}
