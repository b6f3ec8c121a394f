namespace Lab.Infra.Config;

/// <summary>Nomad settings (<c>homelab:nomad</c>).</summary>
public sealed record NomadConfig
{
    /// <summary>Nomad region; it is a DNS label in the certificates' <c>server.&lt;region&gt;.nomad</c> name.</summary>
    public required string Region { get; init; }

    /// <summary>Nomad datacenter of every agent.</summary>
    public required string Datacenter { get; init; }

    /// <summary>Nomad version to install, or null for the version pinned in the program's <c>Versions</c>.</summary>
    public string? Version { get; init; }
}
