using Lab.Components.Rendering;

namespace Lab.Tests.Edge;

/// <summary>The seed lab's DNS and edge (DESIGN.md §1), as the renderer tests and the live tests start from them.</summary>
internal static class EdgeFixtures
{
    public const string Domain = "lab.example.com";

    public const string StatsPassword = "Zm9vYmFyYmF6cXV4cXV1eA";

    public static readonly IReadOnlyList<DnsHost> Hosts =
    [
        new("head", "192.168.10.10"),
        new("pve0", "192.168.10.100"),
        new("rpi0", "192.168.10.53"),
        new("rpi1", "192.168.10.80"),
        new("vb0", "192.168.10.120"),
        new("vb1", "192.168.10.121"),
        new("vb2", "192.168.10.122"),
        new("vs0", "192.168.10.130"),
        new("vs1", "192.168.10.131"),
        new("vs2", "192.168.10.132"),
    ];

    public static readonly DnsmasqModel Dns = new()
    {
        Domain = Domain,
        ListenAddresses = ["192.168.10.53", "127.0.0.1"],
        Upstreams = [new DnsServer("1.1.1.1"), new DnsServer("9.9.9.9")],
        Hosts = Hosts,
        WildcardAddress = "192.168.10.80",
        ConsulServers = [new DnsServer("192.168.10.120", 8600), new DnsServer("192.168.10.121", 8600), new DnsServer("192.168.10.122", 8600)],
        ReverseZoneCidr = "192.168.10.0/24",
    };

    public static readonly EdgeSite Site = new()
    {
        Domain = Domain,
        HostName = "rpi1",
        Address = "192.168.10.80",
        LabCidr = "192.168.10.0/24",
        DnsServers = ["192.168.10.53"],
        JobNodes = [new EdgeNode("vs0", "192.168.10.130"), new EdgeNode("vs1", "192.168.10.131"), new EdgeNode("vs2", "192.168.10.132")],
        EndToEndTls = false,
    };

    /// <summary>
    /// Discovery at the edge with end-to-end TLS: each hostname to its Consul service's instances, the lab's own services
    /// (the shipped two, Grafana) and another stack's (<c>hello</c>, which no lab job registers).
    /// </summary>
    public static readonly EdgeSite DiscoverySite = Site with
    {
        Services =
        [
            new EdgeService($"echo.{Domain}", "http-echo"),
            new EdgeService($"fabio.{Domain}", "fabio-ui"),
            new EdgeService($"grafana.{Domain}", "grafana"),
            new EdgeService($"hello.{Domain}", "hello"),
        ],
        EndToEndTls = true,
    };
}
