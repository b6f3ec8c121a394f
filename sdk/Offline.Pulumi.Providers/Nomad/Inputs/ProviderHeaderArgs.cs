namespace Pulumi.Nomad.Inputs;

public sealed class ProviderHeaderArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("value", required: true)]
    private Input<string>? _value;

    public Input<string>? Value
    {
        get => _value;
        set => _value = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}
