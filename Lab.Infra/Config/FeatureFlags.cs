namespace Lab.Infra.Config;

/// <summary>Optional parts of the lab (<c>homelab:features</c>).</summary>
public sealed record FeatureFlags
{
    /// <summary>A Cloudflare tunnel from the edge Pi; needs the Cloudflare account and zone ids and API token.</summary>
    public required bool Tunnel { get; init; }

    /// <summary>Prometheus, Grafana and Loki as Nomad jobs (the seed report's first wish).</summary>
    public required bool Monitoring { get; init; }

    /// <summary>The edge balancer re-encrypts to Fabio instead of sending plain HTTP past the edge.</summary>
    public required bool EndToEndTls { get; init; }

    /// <summary>The edge balancer finds Fabio through Consul DNS instead of a fixed list of client IPs.</summary>
    public required bool ConsulDiscoveryAtEdge { get; init; }
}
