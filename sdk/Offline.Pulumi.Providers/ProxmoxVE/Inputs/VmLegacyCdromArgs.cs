namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyCdromArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("fileId")]
    public Input<string>? FileId { get; set; }

    [Input("interface")]
    public Input<string>? Interface { get; set; }
}

public sealed class VmLegacyCdromGetArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("fileId")]
    public Input<string>? FileId { get; set; }

    [Input("interface")]
    public Input<string>? Interface { get; set; }
}
