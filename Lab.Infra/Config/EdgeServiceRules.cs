using Lab.Components.Jobs;

namespace Lab.Infra.Config;

/// <summary>
/// Which public hostnames the edge sends straight to a Consul service with <c>features.consulDiscoveryAtEdge</c>, and
/// what it warns about <c>homelab:edge.services</c>. A hostname is derived only when its first label names a service
/// of a job this stack runs (<see cref="RoutableServices.ByHostLabel"/>: <c>echo</c> is <c>http-echo</c>, <c>fabio</c>
/// Fabio's UI): any other name would be an SRV record nobody registers, so it is left to Fabio, the default backend,
/// which routes it by its <c>urlprefix-</c> tag as it does without discovery.
/// </summary>
internal static class EdgeServiceRules
{
    /// <summary>Each non-wildcard public hostname whose first label names a service of a job this stack runs.</summary>
    public static IReadOnlyList<EdgeServiceConfig> Derived(LabConfig config) =>
        [.. config.Cloudflare.PublicHostnames.Select(h => h.Hostname).Where(h => !h.StartsWith('*') && h.Contains('.', StringComparison.Ordinal))
            .Select(h => (Hostname: h, Service: RoutableServices.ByHostLabel.GetValueOrDefault(h[..h.IndexOf('.', StringComparison.Ordinal)])))
            .Where(h => h.Service is not null && config.RunsJob(h.Service.JobId))
            .Select(h => new EdgeServiceConfig(h.Hostname, h.Service!.Name))];

    /// <summary>
    /// An <c>edge.services</c> entry whose service no job of this stack registers: right for another stack's service
    /// (the Consumer project's <c>hello</c>), so not an error, but the edge then checks it by TCP connect, speaks plain
    /// HTTP to it, and answers 503 until something registers it.
    /// </summary>
    public static void Warn(LabConfig config, List<string> warnings)
    {
        if (!config.Features.ConsulDiscoveryAtEdge)
        {
            return;
        }
        var labServices = string.Join(", ", RoutableServices.All.Select(s => s.Name));
        if (EdgeRules.EdgeServices(config).Count == 0)
        {
            // Not an error: such an edge works, every host through Fabio, whose instances alone come from Consul.
            warnings.Add($"{ConfigKeys.Full("features.consulDiscoveryAtEdge")} is true, but {ConfigKeys.Full("edge.services")} is empty and no public hostname names a service of the lab's jobs "
                + $"({labServices}), so every host goes through Fabio, as without discovery; send a hostname straight to a service with "
                + ConfigKeys.SetCommand("edge.services[0].hostname", "<name>") + " and " + ConfigKeys.SetCommand("edge.services[0].service", "<service>"));
        }
        for (var i = 0; i < config.Edge.Services.Count; i++)
        {
            var entry = config.Edge.Services[i];
            var key = ConfigKeys.Full($"edge.services[{i}].service");
            if (RoutableServices.Find(entry.Service) is not { } known)
            {
                warnings.Add($"{key} {EchoedValue.Of(entry.Service)} is no service of the lab's own jobs ({labServices}): "
                    + $"the edge sends {EchoedValue.Of(entry.Hostname)} to it once another stack registers it in Consul, checks it by TCP connect only and speaks plain HTTP to it");
            }
            else if (!config.RunsJob(known.JobId))
            {
                warnings.Add($"{key} {EchoedValue.Of(entry.Service)} is registered by the job {known.JobId}, which this stack does not run "
                    + $"({JobSwitch(known.JobId)}), so {EchoedValue.Of(entry.Hostname)} answers 503 until another stack registers it");
            }
        }
    }

    private static string JobSwitch(string jobId) =>
        MonitoringJobs.Ids.Contains(jobId, StringComparer.Ordinal) ? $"{ConfigKeys.Full("features.monitoring")} is false" : $"it is not in {ConfigKeys.Full(ConfigKeys.Jobs)}";
}
