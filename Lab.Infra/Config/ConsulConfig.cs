namespace Lab.Infra.Config;

/// <summary>Consul settings (<c>homelab:consul</c>).</summary>
public sealed record ConsulConfig
{
    /// <summary>Consul datacenter; it is a DNS label in <c>server.&lt;dc&gt;.consul</c> and <c>&lt;host&gt;.&lt;dc&gt;.consul</c>.</summary>
    public required string Datacenter { get; init; }

    /// <summary>Consul version to install, or null for the version pinned in the program's <c>Versions</c>.</summary>
    public string? Version { get; init; }
}
