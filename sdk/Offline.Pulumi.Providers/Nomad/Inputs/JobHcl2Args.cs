namespace Pulumi.Nomad.Inputs;

public sealed class JobHcl2Args : global::Pulumi.ResourceArgs
{
    [Input("allowFs")]
    public Input<bool>? AllowFs { get; set; }

    [Input("vars")]
    private InputMap<string>? _vars;

    public InputMap<string> Vars
    {
        get => _vars ??= [];
        set => _vars = value;
    }
}
