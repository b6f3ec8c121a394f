namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyTpmStateArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("version")]
    public Input<string>? Version { get; set; }
}

public sealed class VmLegacyTpmStateGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("version")]
    public Input<string>? Version { get; set; }
}
