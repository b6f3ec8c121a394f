namespace Lab.Components.Rendering;

/// <summary>The HAProxy model of an <see cref="EdgeSite"/>: what the edge Pi runs.</summary>
public static class EdgeHaproxyModel
{
    /// <summary>Fabio's proxy on every job node (the default backend).</summary>
    public const string FabioBackend = "fabio";

    /// <summary>Fabio's UI, served as <c>fabio.&lt;domain&gt;</c>.</summary>
    public const string FabioUiBackend = "fabio_ui";

    /// <summary>The user name of the stats page.</summary>
    public const string StatsUser = "admin";

    /// <summary>The model of <paramref name="site"/>, with <paramref name="statsPassword"/> for the stats page.</summary>
    public static HaproxyModel From(EdgeSite site, string statsPassword)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(statsPassword);
        IReadOnlyList<HaproxyBackend> backends;
        IReadOnlyList<HaproxyRoute> routes;
        string? fallback;
        if (site.Services is { } services)
        {
            backends = [.. services.Select(s => s.Service).Distinct(StringComparer.Ordinal).Select(service => new HaproxyBackend
            {
                Name = ServiceBackend(service),
                Discovery = new SrvDiscovery($"_{service}._tcp.service.consul", site.ServiceSlots),
                Tls = site.EndToEndTls ? new BackendTls(site.CaFile, $"{service}.service.consul") : null,
            })];
            routes = [.. services.Select(s => new HaproxyRoute(s.Hostname, ServiceBackend(s.Service)))];
            // No Fabio in this mode: a host that no service serves gets a 404 from the edge.
            fallback = null;
        }
        else
        {
            var proxies = site.JobNodes.Select(n => new HaproxyServer(n.Name, n.Address, site.FabioProxyPort)).ToList();
            backends =
            [
                new HaproxyBackend
                {
                    Name = FabioBackend,
                    Servers = proxies,
                    HealthPath = FabioContract.HealthPath,
                    HealthPort = site.FabioUiPort,
                    Tls = site.EndToEndTls ? new BackendTls(site.CaFile, FabioContract.TlsName) : null,
                },
                new HaproxyBackend
                {
                    Name = FabioUiBackend,
                    Servers = [.. site.JobNodes.Select(n => new HaproxyServer(n.Name, n.Address, site.FabioUiPort))],
                    HealthPath = FabioContract.HealthPath,
                },
            ];
            routes = [new HaproxyRoute($"fabio.{site.Domain}", FabioUiBackend)];
            fallback = FabioBackend;
        }

        return new HaproxyModel
        {
            Process = HaproxyProcess.DebianService,
            Http = new HaproxyBind(site.PublicAddress, site.HttpPort),
            Https = new HaproxyBind(site.PublicAddress, site.HttpsPort),
            Certificates = [EdgePaths.PublicPem, EdgePaths.OriginPem],
            Routes = routes,
            DefaultBackend = fallback,
            Backends = backends,
            Stats = new HaproxyStats(new HaproxyBind(site.Address, site.StatsPort), site.LabCidr, StatsUser, statsPassword),
            Resolvers = [.. site.DnsServers.Select(address => new DnsServer(address))],
            Checks = site.Checks,
        };
    }

    /// <summary>The backend of a Consul service in discovery mode.</summary>
    public static string ServiceBackend(string service) => $"svc_{service}";
}
