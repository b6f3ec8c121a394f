namespace Lab.Infra.Config;

/// <summary>Cloudflare account, zone and tunnel (<c>homelab:cloudflare</c>); the API token is the secret <c>homelab:cloudflareApiToken</c>.</summary>
public sealed record CloudflareConfig
{
    /// <summary>Account id (32 hex characters), or null when the lab has no Cloudflare part.</summary>
    public string? AccountId { get; init; }

    /// <summary>Zone id (32 hex characters) of the zone that gets the tunnel's CNAME records.</summary>
    public string? ZoneId { get; init; }

    /// <summary>Name of the tunnel that runs from the edge Pi.</summary>
    public required string TunnelName { get; init; }

    /// <summary>Public hostnames the tunnel serves, each to a service on the edge Pi.</summary>
    public required IReadOnlyList<PublicHostname> PublicHostnames { get; init; }

    /// <summary>E-mail addresses let through Cloudflare Access to the admin UIs.</summary>
    public required IReadOnlyList<string> AccessEmails { get; init; }
}

/// <summary>One ingress rule of the tunnel: <see cref="Hostname"/> is forwarded to <see cref="Service"/>.</summary>
public sealed record PublicHostname
{
    /// <summary>Public DNS name, e.g. <c>echo.lab.example.com</c>; a leading <c>*.</c> is a wildcard.</summary>
    public required string Hostname { get; init; }

    /// <summary>URL cloudflared forwards to, as seen from the edge Pi, e.g. <c>https://localhost:443</c>.</summary>
    public required string Service { get; init; }
}
