namespace Lab.Components.Rendering;

/// <summary>
/// What a Proxmox VM's first boot needs, rendered by <see cref="CloudInitRenderer"/> into cloud-init user-data.
/// Any change to it replaces the VM, so it holds a small, stable base only: no agent config, certificate or token
/// (those are pushed over SSH later and can change without a rebuild).
/// </summary>
public sealed record CloudInitModel
{
    /// <summary>The VM's short host name, a DNS label, e.g. <c>vb0</c>.</summary>
    public required string Hostname { get; init; }

    /// <summary>The VM's fully qualified name: <see cref="Hostname"/> followed by the lab domain, e.g. <c>vb0.lab.example.com</c>.</summary>
    public required string Fqdn { get; init; }

    /// <summary>The one login user (passwordless sudo, SSH keys only), e.g. <c>ubuntu</c>. Never <c>root</c>.</summary>
    public required string AdminUser { get; init; }

    /// <summary>OpenSSH public key lines (<c>type base64 [comment]</c>) that may log in as <see cref="AdminUser"/>; at least one.</summary>
    public required IReadOnlyList<string> SshPublicKeys { get; init; }

    /// <summary>
    /// The Nomad release to install (e.g. <see cref="Versions.Nomad"/>), pinned to HashiCorp's Debian revision.
    /// Set together with <see cref="ConsulVersion"/>; both null means the node runs no agent (the support VM).
    /// </summary>
    public required string? NomadVersion { get; init; }

    /// <summary>The Consul release to install (e.g. <see cref="Versions.Consul"/>); set exactly when <see cref="NomadVersion"/> is.</summary>
    public required string? ConsulVersion { get; init; }

    /// <summary>
    /// Whether the node is a Nomad client that runs jobs: it gets rootless Podman, the pinned Podman task driver,
    /// the Podman user (<see cref="AgentPaths.PodmanUser"/>) and the host volume <see cref="AgentPaths.DataVolume"/>.
    /// Needs the agents.
    /// </summary>
    public required bool RunsWorkloads { get; init; }
}
