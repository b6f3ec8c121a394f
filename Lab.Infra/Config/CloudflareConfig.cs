namespace Lab.Infra.Config;

/// <summary>Cloudflare account, zone and tunnel (<c>homelab:cloudflare</c>); the API token is the secret <c>homelab:cloudflareApiToken</c>.</summary>
public sealed record CloudflareConfig
{
    /// <summary>Account id (32 hex characters), or null when the lab has no Cloudflare part.</summary>
    public string? AccountId { get; init; }

    /// <summary>Zone id (32 hex characters) of the zone that gets the tunnel's CNAME records.</summary>
    public string? ZoneId { get; init; }

    /// <summary>
    /// DNS name of that zone, e.g. <c>example.com</c>; every public hostname lies inside it. Defaults to
    /// <c>homelab:domain</c>, the zone of a lab whose public names live in its own domain.
    /// </summary>
    public required string ZoneName { get; init; }

    /// <summary>True when the stack does not set <c>zoneName</c>, so <see cref="ZoneName"/> is <c>homelab:domain</c>: messages then name both keys.</summary>
    public bool ZoneNameFromDomain { get; init; }

    /// <summary>Name of the tunnel that runs from the edge Pi.</summary>
    public required string TunnelName { get; init; }

    /// <summary>Public hostnames the tunnel serves, each to the edge balancer on the edge Pi.</summary>
    public required IReadOnlyList<PublicHostname> PublicHostnames { get; init; }

    /// <summary>
    /// The admin UIs' hostnames: each one the tunnel serves (by name or below a wildcard) is behind Cloudflare Access.
    /// Defaults to <see cref="LabDefaults.AdminHostnames"/>: Nomad, Consul, Fabio, HAProxy stats, and Grafana with monitoring.
    /// </summary>
    public required IReadOnlyList<string> AdminHostnames { get; init; }

    /// <summary>E-mail addresses let through Cloudflare Access to the admin UIs.</summary>
    public required IReadOnlyList<string> AccessEmails { get; init; }
}

/// <summary>
/// One ingress rule of the tunnel: <see cref="Hostname"/> is forwarded to the edge balancer, which routes it by its
/// Host header. The tunnel has no other origin: the edge holds the certificates, the health checks and the routes.
/// </summary>
public sealed record PublicHostname
{
    /// <summary>Public DNS name, e.g. <c>echo.lab.example.com</c>; a leading <c>*.</c> is a wildcard.</summary>
    public required string Hostname { get; init; }
}
