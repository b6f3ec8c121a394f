namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyTpmState
{
    public readonly string? DatastoreId;
    public readonly string? Version;

    [OutputConstructor]
    private VmLegacyTpmState(
        string? datastoreId,
        string? version)
    {
        DatastoreId = datastoreId;
        Version = version;
    }
}
