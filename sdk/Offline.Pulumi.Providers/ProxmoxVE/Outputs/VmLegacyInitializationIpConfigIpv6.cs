namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitializationIpConfigIpv6
{
    public readonly string? Address;
    public readonly string? Gateway;

    [OutputConstructor]
    private VmLegacyInitializationIpConfigIpv6(
        string? address,
        string? gateway)
    {
        Address = address;
        Gateway = gateway;
    }
}
