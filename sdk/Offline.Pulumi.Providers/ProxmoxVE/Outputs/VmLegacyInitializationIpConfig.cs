namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitializationIpConfig
{
    public readonly Outputs.VmLegacyInitializationIpConfigIpv4? Ipv4;
    public readonly Outputs.VmLegacyInitializationIpConfigIpv6? Ipv6;

    [OutputConstructor]
    private VmLegacyInitializationIpConfig(
        Outputs.VmLegacyInitializationIpConfigIpv4? ipv4,
        Outputs.VmLegacyInitializationIpConfigIpv6? ipv6)
    {
        Ipv4 = ipv4;
        Ipv6 = ipv6;
    }
}
