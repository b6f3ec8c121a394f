namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyVirtiof
{
    public readonly string? Cache;
    public readonly bool? DirectIo;
    public readonly bool? ExposeAcl;
    public readonly bool? ExposeXattr;
    public readonly string Mapping;

    [OutputConstructor]
    private VmLegacyVirtiof(
        string? cache,
        bool? directIo,
        bool? exposeAcl,
        bool? exposeXattr,
        string mapping)
    {
        Cache = cache;
        DirectIo = directIo;
        ExposeAcl = exposeAcl;
        ExposeXattr = exposeXattr;
        Mapping = mapping;
    }
}
