namespace Pulumi.Consul.Inputs;

public sealed class AclTokenNodeIdentityGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datacenter", required: true)]
    public Input<string> Datacenter { get; set; } = null!;

    [Input("nodeName", required: true)]
    public Input<string> NodeName { get; set; } = null!;
}
