namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyAmdSev
{
    public readonly bool? AllowSmt;
    public readonly bool? KernelHashes;
    public readonly bool? NoDebug;
    public readonly bool? NoKeySharing;
    public readonly string? Type;

    [OutputConstructor]
    private VmLegacyAmdSev(
        bool? allowSmt,
        bool? kernelHashes,
        bool? noDebug,
        bool? noKeySharing,
        string? type)
    {
        AllowSmt = allowSmt;
        KernelHashes = kernelHashes;
        NoDebug = noDebug;
        NoKeySharing = noKeySharing;
        Type = type;
    }
}
