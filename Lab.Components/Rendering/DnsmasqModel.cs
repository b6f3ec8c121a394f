namespace Lab.Components.Rendering;

/// <summary>What the lab's dnsmasq answers and where it forwards the rest; <see cref="DnsmasqConfigRenderer"/> writes it.</summary>
public sealed record DnsmasqModel
{
    /// <summary>The lab domain, e.g. <c>lab.example.com</c>: every host is <c>&lt;name&gt;.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>The addresses dnsmasq binds to (the Pi's LAN address, and loopback so the Pi itself can use it).</summary>
    public required IReadOnlyList<string> ListenAddresses { get; init; }

    /// <summary>The DNS port; 53 on the Pi, a high port in the live tests.</summary>
    public int Port { get; init; } = 53;

    /// <summary>Public resolvers for every name that is not the lab's (dnsmasq runs with <c>no-resolv</c>).</summary>
    public required IReadOnlyList<DnsServer> Upstreams { get; init; }

    /// <summary>Every VM, Pi and Proxmox host: an A record for its name and a PTR record for its address.</summary>
    public required IReadOnlyList<DnsHost> Hosts { get; init; }

    /// <summary>Where every other name under <see cref="Domain"/> points (the edge balancer), or null for none.</summary>
    public string? WildcardAddress { get; init; }

    /// <summary>The Consul agents' DNS interfaces that answer <c>.consul</c> (Consul's DNS port is 8600).</summary>
    public required IReadOnlyList<DnsServer> ConsulServers { get; init; }

    /// <summary>
    /// The lab network (CIDR) whose reverse lookups that dnsmasq has no record for go to Consul, which answers PTRs
    /// for the service and node addresses it knows; null for none.
    /// </summary>
    public string? ReverseZoneCidr { get; init; }
}

/// <summary>A host the lab's DNS knows: <c>&lt;Name&gt;.&lt;domain&gt;</c> and the bare <c>Name</c> resolve to <c>Address</c>.</summary>
/// <param name="Name">The host's short name, e.g. <c>vb0</c>.</param>
/// <param name="Address">Its IPv4 address.</param>
public sealed record DnsHost(string Name, string Address);

/// <summary>A DNS server to forward to.</summary>
/// <param name="Address">IPv4 address.</param>
/// <param name="Port">UDP/TCP port, 53 for a public resolver, 8600 for Consul.</param>
public sealed record DnsServer(string Address, int Port = 53);
