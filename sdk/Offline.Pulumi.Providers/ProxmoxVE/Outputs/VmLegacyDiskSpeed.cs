namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyDiskSpeed
{
    public readonly int? IopsRead;
    public readonly int? IopsReadBurstable;
    public readonly int? IopsWrite;
    public readonly int? IopsWriteBurstable;
    public readonly int? Read;
    public readonly int? ReadBurstable;
    public readonly int? Write;
    public readonly int? WriteBurstable;

    [OutputConstructor]
    private VmLegacyDiskSpeed(
        int? iopsRead,
        int? iopsReadBurstable,
        int? iopsWrite,
        int? iopsWriteBurstable,
        int? read,
        int? readBurstable,
        int? write,
        int? writeBurstable)
    {
        IopsRead = iopsRead;
        IopsReadBurstable = iopsReadBurstable;
        IopsWrite = iopsWrite;
        IopsWriteBurstable = iopsWriteBurstable;
        Read = read;
        ReadBurstable = readBurstable;
        Write = write;
        WriteBurstable = writeBurstable;
    }
}
