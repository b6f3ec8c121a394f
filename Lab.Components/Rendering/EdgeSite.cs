namespace Lab.Components.Rendering;

/// <summary>
/// What the edge Pi serves, in plan-time values: the lab domain, the Pi, the nodes that run Fabio or the Consul services
/// it finds by SRV, and where it listens. <see cref="EdgeHaproxyModel.From"/> makes the HAProxy model of it.
/// </summary>
public sealed record EdgeSite
{
    /// <summary>The lab domain; the edge's own name is <c>&lt;HostName&gt;.&lt;Domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>The edge Pi's host name, e.g. <c>rpi1</c>.</summary>
    public required string HostName { get; init; }

    /// <summary>The edge Pi's LAN address: the stats port listens there only.</summary>
    public required string Address { get; init; }

    /// <summary>The lab network (CIDR): the only clients the stats port answers.</summary>
    public required string LabCidr { get; init; }

    /// <summary>The lab's DNS servers, HAProxy's resolvers.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }

    /// <summary>The nodes that run jobs, each with a Fabio (used unless <see cref="Services"/> is set).</summary>
    public required IReadOnlyList<EdgeNode> JobNodes { get; init; }

    /// <summary>
    /// With Consul discovery at the edge (<c>features.consulDiscoveryAtEdge</c>): each public hostname and the Consul
    /// service whose instances serve it, found by SRV, with no Fabio in the path; every other host goes to Fabio, whose
    /// instances are found by SRV too. Null: everything through Fabio on <see cref="JobNodes"/>.
    /// </summary>
    public IReadOnlyList<EdgeService>? Services { get; init; }

    /// <summary>HAProxy re-encrypts to the backends and verifies them against the internal CA (<c>features.endToEndTls</c>).</summary>
    public required bool EndToEndTls { get; init; }

    /// <summary>The internal CA's root on the Pi: backends are verified against it, cloudflared verifies the edge with it.</summary>
    public string CaFile { get; init; } = EdgePaths.CaFile;

    /// <summary>Where the public frontends listen; every address on the Pi.</summary>
    public string PublicAddress { get; init; } = "0.0.0.0";

    public int HttpPort { get; init; } = 80;

    public int HttpsPort { get; init; } = 443;

    /// <summary>Stats and Prometheus metrics; 1936 as in the seed lab.</summary>
    public int StatsPort { get; init; } = 1936;

    /// <summary>Fabio's proxy port on the nodes (<see cref="FabioContract.ProxyPort"/>).</summary>
    public int FabioProxyPort { get; init; } = FabioContract.ProxyPort;

    /// <summary>Fabio's UI and health port (<see cref="FabioContract.UiPort"/>).</summary>
    public int FabioUiPort { get; init; } = FabioContract.UiPort;

    /// <summary>How many instances of one service HAProxy keeps slots for in discovery mode.</summary>
    public int ServiceSlots { get; init; } = 10;

    /// <summary>Health checks and retries.</summary>
    public HaproxyChecks Checks { get; init; } = new();

    /// <summary>The edge's own name, which the tunnel's origin certificate carries.</summary>
    public string OwnName => $"{HostName}.{Domain}";
}

/// <summary>A node that runs jobs.</summary>
public sealed record EdgeNode(string Name, string Address);

/// <summary>A public hostname served by the instances of a Consul service.</summary>
public sealed record EdgeService(string Hostname, string Service);

/// <summary>Where the edge's files live on the Pi.</summary>
public static class EdgePaths
{
    /// <summary>The internal CA's root (cloudflared's <c>caPool</c>, issue 13's contract; HAProxy's backend CA).</summary>
    public const string CaFile = "/etc/haproxy/certs/lab-ca.pem";

    /// <summary>The certificate for the lab's public names (Let's Encrypt wildcard or internal CA), the default one.</summary>
    public const string PublicPem = "/etc/haproxy/certs/public.pem";

    /// <summary>The internal CA's certificate for the Pi's own name, chosen by SNI (the tunnel's origin).</summary>
    public const string OriginPem = "/etc/haproxy/certs/origin.pem";
}
