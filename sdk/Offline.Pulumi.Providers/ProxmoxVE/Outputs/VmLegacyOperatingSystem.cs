namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyOperatingSystem
{
    public readonly string? Type;

    [OutputConstructor]
    private VmLegacyOperatingSystem(
        string? type)
    {
        Type = type;
    }
}
