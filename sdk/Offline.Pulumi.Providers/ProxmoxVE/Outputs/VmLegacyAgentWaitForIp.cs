namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyAgentWaitForIp
{
    public readonly bool? Disabled;
    public readonly bool? Ipv4;
    public readonly bool? Ipv6;

    [OutputConstructor]
    private VmLegacyAgentWaitForIp(
        bool? disabled,
        bool? ipv4,
        bool? ipv6)
    {
        Disabled = disabled;
        Ipv4 = ipv4;
        Ipv6 = ipv6;
    }
}
