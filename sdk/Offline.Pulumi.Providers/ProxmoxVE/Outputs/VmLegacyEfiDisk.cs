namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyEfiDisk
{
    public readonly string? DatastoreId;
    public readonly string? FileFormat;
    public readonly bool? PreEnrolledKeys;
    public readonly string? Type;

    [OutputConstructor]
    private VmLegacyEfiDisk(
        string? datastoreId,
        string? fileFormat,
        bool? preEnrolledKeys,
        string? type)
    {
        DatastoreId = datastoreId;
        FileFormat = fileFormat;
        PreEnrolledKeys = preEnrolledKeys;
        Type = type;
    }
}
