namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyClone
{
    public readonly string? DatastoreId;
    public readonly bool? Full;
    public readonly string? NodeName;
    public readonly int? Retries;
    public readonly int VmId;

    [OutputConstructor]
    private VmLegacyClone(
        string? datastoreId,
        bool? full,
        string? nodeName,
        int? retries,
        int vmId)
    {
        DatastoreId = datastoreId;
        Full = full;
        NodeName = nodeName;
        Retries = retries;
        VmId = vmId;
    }
}
