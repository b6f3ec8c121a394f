namespace Lab.Infra.Config;

/// <summary>
/// The edge balancer (<c>homelab:edge</c>) and the lab DNS's extra hosts (<c>homelab:dns</c>); read by
/// <see cref="EdgeConfigReader"/>, checked by <see cref="EdgeRules"/>.
/// </summary>
public sealed record EdgeConfig
{
    /// <summary>Where the certificate for the lab's public names comes from (<c>homelab:edge.certificate</c>).</summary>
    public required EdgeCertificateSource Certificate { get; init; }

    /// <summary>The ACME account's e-mail (<c>homelab:edge.acmeEmail</c>), required with Let's Encrypt.</summary>
    public string? AcmeEmail { get; init; }

    /// <summary>Let's Encrypt's staging directory (<c>homelab:edge.acmeStaging</c>), for trying a stack out.</summary>
    public required bool AcmeStaging { get; init; }

    /// <summary>HAProxy's stats and Prometheus port on the edge Pi's LAN address (<c>homelab:edge.statsPort</c>).</summary>
    public required int StatsPort { get; init; }

    /// <summary>
    /// With <c>features.consulDiscoveryAtEdge</c>: the Consul service of each public hostname (<c>homelab:edge.services</c>);
    /// empty: each non-wildcard public hostname's first label.
    /// </summary>
    public required IReadOnlyList<EdgeServiceConfig> Services { get; init; }

    /// <summary>How the stack holds <c>homelab:cloudflareDnsToken</c>, the DNS-01 token.</summary>
    public required SecretState DnsToken { get; init; }

    /// <summary>Hosts outside the plan that get A and PTR records (<c>homelab:dns.hosts</c>): Proxmox nodes, the gateway.</summary>
    public required IReadOnlyList<DnsHostConfig> ExtraHosts { get; init; }
}

/// <summary>Where the edge's public certificate comes from.</summary>
public enum EdgeCertificateSource
{
    /// <summary>The internal CA: for stacks without Cloudflare; clients must trust the lab's root.</summary>
    InternalCa,

    /// <summary>A Let's Encrypt wildcard by DNS-01 on Cloudflare (certbot on the edge Pi).</summary>
    LetsEncrypt,
}

/// <summary>A public hostname and the Consul service whose instances serve it.</summary>
public sealed record EdgeServiceConfig(string Hostname, string Service);

/// <summary>A host the lab's DNS names that is neither a VM of the plan nor a Pi.</summary>
public sealed record DnsHostConfig(string Name, string Address);
