namespace Lab.Components.Jobs;

/// <summary>
/// The Consul services of the lab's own jobs that the edge balancer can send a public hostname to directly, with
/// Consul discovery at the edge: what each is called in Consul (which is not always the hostname's first label), how
/// the edge checks it, and whether it serves TLS with a lab-CA certificate. A service missing here (another stack's,
/// such as the Consumer project's <c>hello</c>) is still routable by name; the edge then checks it with a TCP connect
/// and speaks plain HTTP to it. The job tests hold each entry to its job's own Consul check.
/// </summary>
public static class RoutableServices
{
    /// <summary>The example web service (<see cref="HttpEchoJob"/>), registered as <c>http-echo</c>, public as <c>echo.&lt;domain&gt;</c>.</summary>
    public static readonly RoutableService HttpEcho = new(HttpEchoJob.Id, HttpEchoJob.Id, HttpEchoJob.HealthPath);

    /// <summary>
    /// Fabio's proxy port: its SRV records name 9999, but <c>/health</c> is answered on the UI port only, so the edge
    /// checks there; with end-to-end TLS the proxy serves the lab CA's certificate for <c>fabio.service.consul</c>.
    /// </summary>
    public static readonly RoutableService FabioProxy = new(FabioJob.ProxyService, FabioJob.Id, FabioJob.HealthPath, HealthPort: FabioJob.UiPort, ServesLabTls: true);

    /// <summary>Fabio's UI (plain HTTP in every mode), public as <c>fabio.&lt;domain&gt;</c> as without discovery.</summary>
    public static readonly RoutableService FabioUi = new(FabioJob.UiService, FabioJob.Id, FabioJob.HealthPath);

    /// <summary>Grafana (with <c>features.monitoring</c>), plain HTTP on 3000; Grafana's health API is <c>/api/health</c>.</summary>
    public static readonly RoutableService Grafana = new(MonitoringJobs.Grafana, MonitoringJobs.Grafana, "/api/health");

    /// <summary>Every entry.</summary>
    public static readonly IReadOnlyList<RoutableService> All = [HttpEcho, FabioProxy, FabioUi, Grafana];

    /// <summary>
    /// The service a public hostname's first label means, as the lab's own jobs name them: <c>echo</c> is
    /// <c>http-echo</c> (its Fabio route is <c>urlprefix-echo.&lt;domain&gt;/</c>), <c>fabio</c> is Fabio's UI (what the
    /// edge serves for that name without discovery), <c>grafana</c> is Grafana.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, RoutableService> ByHostLabel = new Dictionary<string, RoutableService>(StringComparer.Ordinal)
    {
        ["echo"] = HttpEcho,
        ["fabio"] = FabioUi,
        ["grafana"] = Grafana,
    };

    /// <summary>The entry named <paramref name="service"/>, or null for a service no job of the lab registers.</summary>
    public static RoutableService? Find(string service) => All.FirstOrDefault(s => s.Name == service);
}

/// <summary>A Consul service of one of the lab's jobs, as the edge balancer reaches it.</summary>
/// <param name="Name">The Consul service name (the SRV record is <c>_&lt;Name&gt;._tcp.service.consul</c>).</param>
/// <param name="JobId">The job that registers it.</param>
/// <param name="HealthPath">The HTTP path that answers 200 while the service is healthy (its Consul check's path).</param>
/// <param name="HealthPort">The fixed port the check goes to when it is not the service's own port; null for the service's port.</param>
/// <param name="ServesLabTls">With end-to-end TLS, it serves HTTPS with a lab-CA certificate for <c>&lt;Name&gt;.service.consul</c>.</param>
public sealed record RoutableService(string Name, string JobId, string HealthPath, int? HealthPort = null, bool ServesLabTls = false);
