namespace Lab.Infra.Config;

/// <summary>The LAN of the lab (<c>homelab:network</c>).</summary>
public sealed record NetworkConfig
{
    /// <summary>IPv4 network in CIDR form, e.g. <c>192.168.10.0/24</c>; every VM and Pi address lies inside it.</summary>
    public required string Cidr { get; init; }

    /// <summary>Default gateway of the VMs.</summary>
    public required string Gateway { get; init; }

    /// <summary>Resolvers the VMs use; defaults to the DNS Pi, so the lab's names resolve everywhere.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }

    /// <summary>Where the DNS Pi's dnsmasq forwards names that are not the lab's (it runs with <c>no-resolv</c>).</summary>
    public required IReadOnlyList<string> UpstreamResolvers { get; init; }
}
