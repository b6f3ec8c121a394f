namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyCloneArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("full")]
    public Input<bool>? Full { get; set; }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("retries")]
    public Input<int>? Retries { get; set; }

    [Input("vmId", required: true)]
    public Input<int> VmId { get; set; } = null!;
}

public sealed class VmLegacyCloneGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("full")]
    public Input<bool>? Full { get; set; }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("retries")]
    public Input<int>? Retries { get; set; }

    [Input("vmId", required: true)]
    public Input<int> VmId { get; set; } = null!;
}
