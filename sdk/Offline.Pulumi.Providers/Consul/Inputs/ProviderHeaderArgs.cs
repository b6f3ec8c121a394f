namespace Pulumi.Consul.Inputs;

public sealed class ProviderHeaderArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("value", required: true)]
    public Input<string> Value { get; set; } = null!;
}
