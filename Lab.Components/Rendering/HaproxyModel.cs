namespace Lab.Components.Rendering;

/// <summary>The edge balancer's whole configuration; <see cref="HaproxyConfigRenderer"/> writes <c>haproxy.cfg</c> from it.</summary>
public sealed record HaproxyModel
{
    /// <summary>How the HAProxy process runs: the Pi's service, or an unprivileged process in the live tests.</summary>
    public required HaproxyProcess Process { get; init; }

    /// <summary>Plain HTTP, answered with a 301 to HTTPS (<c>:80</c> on the Pi).</summary>
    public required HaproxyBind Http { get; init; }

    /// <summary>TLS, routed by Host header (<c>:443</c> on the Pi).</summary>
    public required HaproxyBind Https { get; init; }

    /// <summary>
    /// The PEM files (certificate chain and key) served on <see cref="Https"/>. The first is the default; HAProxy picks
    /// another one when the client's SNI matches its name exactly, before any wildcard.
    /// </summary>
    public required IReadOnlyList<string> Certificates { get; init; }

    /// <summary>Host names routed to a backend other than <see cref="DefaultBackend"/>.</summary>
    public required IReadOnlyList<HaproxyRoute> Routes { get; init; }

    /// <summary>Where every other Host goes, or null to answer 404.</summary>
    public string? DefaultBackend { get; init; }

    /// <summary>Every backend, each named once.</summary>
    public required IReadOnlyList<HaproxyBackend> Backends { get; init; }

    /// <summary>The stats page and the Prometheus exporter, on a lab-only address behind a password.</summary>
    public required HaproxyStats Stats { get; init; }

    /// <summary>The lab's DNS, which HAProxy asks for SRV records (<c>resolvers lab</c>).</summary>
    public required IReadOnlyList<DnsServer> Resolvers { get; init; }

    /// <summary>How servers are checked and how requests survive a failing one.</summary>
    public HaproxyChecks Checks { get; init; } = new();

    /// <summary>Leaves the stats password out: records print every property.</summary>
    public override string ToString() => $"HaproxyModel {{ Https = {Https}, Backends = {Backends.Count} }}";
}

/// <summary>How HAProxy runs.</summary>
/// <param name="StatsSocket">The admin socket (<c>show stat</c>, <c>show servers state</c>), e.g. <c>/run/haproxy/admin.sock</c>.</param>
/// <param name="Chroot">The folder the workers are confined to, or null for none.</param>
/// <param name="User">The user the workers drop to, or null to stay the starting user.</param>
/// <param name="Group">The group the workers drop to, or null.</param>
public sealed record HaproxyProcess(string StatsSocket, string? Chroot, string? User, string? Group)
{
    /// <summary>Debian's service: confined to <c>/var/lib/haproxy</c>, as the <c>haproxy</c> user, admin socket in <c>/run/haproxy</c>.</summary>
    public static readonly HaproxyProcess DebianService = new("/run/haproxy/admin.sock", "/var/lib/haproxy", "haproxy", "haproxy");
}

/// <summary>An address and port HAProxy listens on; <c>0.0.0.0</c> for every address.</summary>
public sealed record HaproxyBind(string Address, int Port);

/// <summary>Requests whose Host header (without a port, case-insensitive) is <paramref name="Hostname"/> go to <paramref name="Backend"/>.</summary>
public sealed record HaproxyRoute(string Hostname, string Backend);

/// <summary>One backend: fixed servers, or servers found through DNS SRV records, with an HTTP or TCP health check.</summary>
public sealed record HaproxyBackend
{
    /// <summary>The backend's name, e.g. <c>fabio</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Fixed servers; empty with <see cref="Discovery"/>.</summary>
    public IReadOnlyList<HaproxyServer> Servers { get; init; } = [];

    /// <summary>Servers from an SRV record, added and removed by HAProxy without a reload; null for fixed servers.</summary>
    public SrvDiscovery? Discovery { get; init; }

    /// <summary>The HTTP check: a <c>GET</c> of this path must answer 200; null for a TCP connect check (a service whose health path is unknown).</summary>
    public string? HealthPath { get; init; } = "/health";

    /// <summary>The port the check goes to, when it is not the traffic port (Fabio: 9998, its UI and health).</summary>
    public int? HealthPort { get; init; }

    /// <summary>TLS to the servers, verified against the internal CA; null for plain HTTP.</summary>
    public BackendTls? Tls { get; init; }
}

/// <summary>A fixed server of a backend.</summary>
public sealed record HaproxyServer(string Name, string Address, int Port);

/// <summary>Up to <paramref name="Slots"/> servers from the SRV record <paramref name="Record"/> (e.g. <c>_echo._tcp.service.consul</c>).</summary>
public sealed record SrvDiscovery(string Record, int Slots);

/// <summary>
/// HAProxy re-encrypts to the backend and refuses it unless its certificate chains to <paramref name="CaFile"/> and
/// carries <paramref name="ServerName"/>, which it also sends as SNI.
/// </summary>
public sealed record BackendTls(string CaFile, string ServerName);

/// <summary>The stats page (<c>/stats</c>) and Prometheus metrics (<c>/metrics</c>).</summary>
/// <param name="Bind">Where they listen: the Pi's LAN address, never the public frontends.</param>
/// <param name="AllowedCidr">Only clients from this network (the lab) get an answer.</param>
/// <param name="User">The user name of the basic authentication.</param>
/// <param name="Password">Its password (secret, letters and digits).</param>
public sealed record HaproxyStats(HaproxyBind Bind, string AllowedCidr, string User, string Password)
{
    /// <summary>Leaves <see cref="Password"/> out.</summary>
    public override string ToString() => $"HaproxyStats {{ Bind = {Bind}, AllowedCidr = {AllowedCidr}, User = {User} }}";
}

/// <summary>
/// Health checks and retries. A server is DOWN after <see cref="Fall"/> failed checks <see cref="InterMs"/> apart, and UP
/// again after <see cref="Rise"/> good ones; a request that finds a dead server is retried on another one
/// (<see cref="Retries"/> times), so a failing server costs no request.
/// </summary>
public sealed record HaproxyChecks
{
    /// <summary>Milliseconds between checks.</summary>
    public int InterMs { get; init; } = 2000;

    /// <summary>Failed checks in a row that mark a server DOWN.</summary>
    public int Fall { get; init; } = 3;

    /// <summary>Good checks in a row that mark it UP again.</summary>
    public int Rise { get; init; } = 2;

    /// <summary>How often a request is retried after a connection failure or an empty response.</summary>
    public int Retries { get; init; } = 3;
}
