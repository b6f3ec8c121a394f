using Lab.Components.Jobs;

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
        if (site.Services is { } services)
        {
            // Fabio stays the default: a host no listed service serves (grafana.<domain> by its urlprefix- tag, another
            // stack's service) is routed as without discovery; Fabio's own instances come from Consul too.
            backends =
            [
                new HaproxyBackend
                {
                    Name = FabioBackend,
                    Discovery = new SrvDiscovery(SrvRecord(RoutableServices.FabioProxy.Name), site.ServiceSlots),
                    HealthPath = FabioContract.HealthPath,
                    HealthPort = site.FabioUiPort,
                    Tls = site.EndToEndTls ? new BackendTls(site.CaFile, FabioContract.TlsName) : null,
                },
                .. services.Select(s => s.Service).Distinct(StringComparer.Ordinal).Select(service => ServiceBackendOf(site, service)),
            ];
            routes = [.. services.Select(s => new HaproxyRoute(s.Hostname, ServiceBackend(s.Service)))];
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
        }

        return new HaproxyModel
        {
            Process = HaproxyProcess.DebianService,
            Http = new HaproxyBind(site.PublicAddress, site.HttpPort),
            Https = new HaproxyBind(site.PublicAddress, site.HttpsPort),
            Certificates = [EdgePaths.PublicPem, EdgePaths.OriginPem],
            Routes = routes,
            DefaultBackend = FabioBackend,
            Backends = backends,
            Stats = new HaproxyStats(new HaproxyBind(site.Address, site.StatsPort), site.LabCidr, StatsUser, statsPassword),
            Resolvers = [.. site.DnsServers.Select(address => new DnsServer(address))],
            Checks = site.Checks,
        };
    }

    /// <summary>The backend of a Consul service in discovery mode.</summary>
    public static string ServiceBackend(string service) => $"svc_{service}";

    /// <summary>Consul DNS's SRV record of <paramref name="service"/>'s healthy instances.</summary>
    public static string SrvRecord(string service) => $"_{service}._tcp.service.consul";

    /// <summary>
    /// The backend of <paramref name="service"/>: checked as the lab's job checks it, or by a TCP connect for a service
    /// no lab job registers; TLS verified against the lab CA only where the service serves a lab-CA certificate
    /// (Fabio's proxy with end-to-end TLS); everything else speaks plain HTTP, and a TLS check would never pass.
    /// </summary>
    private static HaproxyBackend ServiceBackendOf(EdgeSite site, string service)
    {
        var known = RoutableServices.Find(service);
        return new HaproxyBackend
        {
            Name = ServiceBackend(service),
            Discovery = new SrvDiscovery(SrvRecord(service), site.ServiceSlots),
            HealthPath = known?.HealthPath,
            HealthPort = known?.HealthPort,
            Tls = site.EndToEndTls && known is { ServesLabTls: true } ? new BackendTls(site.CaFile, $"{service}.service.consul") : null,
        };
    }
}
