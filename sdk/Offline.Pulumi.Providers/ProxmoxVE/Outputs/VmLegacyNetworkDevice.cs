namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyNetworkDevice
{
    public readonly string? Bridge;
    public readonly bool? Disconnected;
    public readonly bool? Enabled;
    public readonly bool? Firewall;
    public readonly string? MacAddress;
    public readonly string? Model;
    public readonly int? Mtu;
    public readonly int? Queues;
    public readonly double? RateLimit;
    public readonly string? Trunks;
    public readonly int? VlanId;

    [OutputConstructor]
    private VmLegacyNetworkDevice(
        string? bridge,
        bool? disconnected,
        bool? enabled,
        bool? firewall,
        string? macAddress,
        string? model,
        int? mtu,
        int? queues,
        double? rateLimit,
        string? trunks,
        int? vlanId)
    {
        Bridge = bridge;
        Disconnected = disconnected;
        Enabled = enabled;
        Firewall = firewall;
        MacAddress = macAddress;
        Model = model;
        Mtu = mtu;
        Queues = queues;
        RateLimit = rateLimit;
        Trunks = trunks;
        VlanId = vlanId;
    }
}
