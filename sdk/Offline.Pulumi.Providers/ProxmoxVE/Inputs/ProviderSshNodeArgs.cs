namespace Pulumi.ProxmoxVE.Inputs;

public sealed class ProviderSshNodeArgs : global::Pulumi.ResourceArgs
{
    [Input("address", required: true)]
    public Input<string> Address { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("port")]
    public Input<int>? Port { get; set; }
}
