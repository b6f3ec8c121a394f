namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitializationIpConfigIpv4
{
    public readonly string? Address;
    public readonly string? Gateway;

    [OutputConstructor]
    private VmLegacyInitializationIpConfigIpv4(
        string? address,
        string? gateway)
    {
        Address = address;
        Gateway = gateway;
    }
}
