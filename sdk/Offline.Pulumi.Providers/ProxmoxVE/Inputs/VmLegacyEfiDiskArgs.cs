namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyEfiDiskArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("preEnrolledKeys")]
    public Input<bool>? PreEnrolledKeys { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}

public sealed class VmLegacyEfiDiskGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("preEnrolledKeys")]
    public Input<bool>? PreEnrolledKeys { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}
