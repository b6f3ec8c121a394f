namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyCdrom
{
    public readonly bool? Enabled;
    public readonly string? FileId;
    public readonly string? Interface;

    [OutputConstructor]
    private VmLegacyCdrom(
        bool? enabled,
        string? fileId,
        string? @interface)
    {
        Enabled = enabled;
        FileId = fileId;
        Interface = @interface;
    }
}
