namespace Lab.Components.Jobs;

/// <summary>What the monitoring jobs need to know about the lab.</summary>
public sealed record MonitoringSettings
{
    /// <summary>Where the jobs run.</summary>
    public required JobPlacement Placement { get; init; }

    /// <summary>The lab's domain: Grafana is routed as <c>grafana.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Every Nomad agent's IP: Prometheus scrapes <c>https://&lt;ip&gt;:4646/v1/metrics</c>.</summary>
    public required IReadOnlyList<string> NomadAgents { get; init; }

    /// <summary>Every Consul agent's IP: Prometheus scrapes <c>https://&lt;ip&gt;:8501/v1/agent/metrics</c>.</summary>
    public required IReadOnlyList<string> ConsulAgents { get; init; }

    /// <summary>The edge HAProxy's Prometheus endpoint as <c>host:port</c> (its stats frontend), or null for none.</summary>
    public string? HaproxyMetrics { get; init; }
}
