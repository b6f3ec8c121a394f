namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyDisk
{
    public readonly string? Aio;
    public readonly bool? Backup;
    public readonly string? Cache;
    public readonly string? DatastoreId;
    public readonly string? Discard;
    public readonly string? FileFormat;
    public readonly string? FileId;
    public readonly string? ImportFrom;
    public readonly string Interface;
    public readonly bool? Iothread;
    public readonly string? PathInDatastore;
    public readonly int? Queues;
    public readonly bool? Replicate;
    public readonly string? Serial;
    public readonly int? Size;
    public readonly Outputs.VmLegacyDiskSpeed? Speed;
    public readonly bool? Ssd;

    [OutputConstructor]
    private VmLegacyDisk(
        string? aio,
        bool? backup,
        string? cache,
        string? datastoreId,
        string? discard,
        string? fileFormat,
        string? fileId,
        string? importFrom,
        string @interface,
        bool? iothread,
        string? pathInDatastore,
        int? queues,
        bool? replicate,
        string? serial,
        int? size,
        Outputs.VmLegacyDiskSpeed? speed,
        bool? ssd)
    {
        Aio = aio;
        Backup = backup;
        Cache = cache;
        DatastoreId = datastoreId;
        Discard = discard;
        FileFormat = fileFormat;
        FileId = fileId;
        ImportFrom = importFrom;
        Interface = @interface;
        Iothread = iothread;
        PathInDatastore = pathInDatastore;
        Queues = queues;
        Replicate = replicate;
        Serial = serial;
        Size = size;
        Speed = speed;
        Ssd = ssd;
    }
}
