namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyDiskArgs : global::Pulumi.ResourceArgs
{
    [Input("aio")]
    public Input<string>? Aio { get; set; }

    [Input("backup")]
    public Input<bool>? Backup { get; set; }

    [Input("cache")]
    public Input<string>? Cache { get; set; }

    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("discard")]
    public Input<string>? Discard { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("fileId")]
    public Input<string>? FileId { get; set; }

    [Input("importFrom")]
    public Input<string>? ImportFrom { get; set; }

    [Input("interface", required: true)]
    public Input<string> Interface { get; set; } = null!;

    [Input("iothread")]
    public Input<bool>? Iothread { get; set; }

    [Input("pathInDatastore")]
    public Input<string>? PathInDatastore { get; set; }

    [Input("queues")]
    public Input<int>? Queues { get; set; }

    [Input("replicate")]
    public Input<bool>? Replicate { get; set; }

    [Input("serial")]
    public Input<string>? Serial { get; set; }

    [Input("size")]
    public Input<int>? Size { get; set; }

    [Input("speed")]
    public Input<Inputs.VmLegacyDiskSpeedArgs>? Speed { get; set; }

    [Input("ssd")]
    public Input<bool>? Ssd { get; set; }
}

public sealed class VmLegacyDiskGetArgs : global::Pulumi.ResourceArgs
{
    [Input("aio")]
    public Input<string>? Aio { get; set; }

    [Input("backup")]
    public Input<bool>? Backup { get; set; }

    [Input("cache")]
    public Input<string>? Cache { get; set; }

    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("discard")]
    public Input<string>? Discard { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("fileId")]
    public Input<string>? FileId { get; set; }

    [Input("importFrom")]
    public Input<string>? ImportFrom { get; set; }

    [Input("interface", required: true)]
    public Input<string> Interface { get; set; } = null!;

    [Input("iothread")]
    public Input<bool>? Iothread { get; set; }

    [Input("pathInDatastore")]
    public Input<string>? PathInDatastore { get; set; }

    [Input("queues")]
    public Input<int>? Queues { get; set; }

    [Input("replicate")]
    public Input<bool>? Replicate { get; set; }

    [Input("serial")]
    public Input<string>? Serial { get; set; }

    [Input("size")]
    public Input<int>? Size { get; set; }

    [Input("speed")]
    public Input<Inputs.VmLegacyDiskSpeedGetArgs>? Speed { get; set; }

    [Input("ssd")]
    public Input<bool>? Ssd { get; set; }
}
