namespace Lab.Components.Rendering;

/// <summary>
/// What <see cref="NodeBaseScript"/> installs on a VM after it booted: the agents' packages (pinned) and, on a node that
/// runs jobs, rootless Podman. None of it is in the VM's cloud-init, so changing it never replaces the VM.
/// </summary>
public sealed record NodeBaseModel
{
    /// <summary>
    /// The Nomad release to install (e.g. <see cref="Versions.Nomad"/>), pinned to HashiCorp's Debian revision.
    /// Set together with <see cref="ConsulVersion"/>; both null means the node runs no agent (the support VM).
    /// </summary>
    public required string? NomadVersion { get; init; }

    /// <summary>The Consul release to install (e.g. <see cref="Versions.Consul"/>); set exactly when <see cref="NomadVersion"/> is.</summary>
    public required string? ConsulVersion { get; init; }

    /// <summary>
    /// Whether the node is a Nomad client that runs jobs: it gets Podman, the pinned Podman task driver, the Podman user
    /// (<see cref="AgentPaths.PodmanUser"/>) with delegated cgroup controllers and lingering, and the host volume
    /// <see cref="AgentPaths.DataVolume"/>. Needs the agents.
    /// </summary>
    public required bool RunsWorkloads { get; init; }

    /// <summary>
    /// Whether the log shipper on this workload node reads the system journal, where the agents log: the Podman user
    /// gets read access to <c>/var/log/journal</c> by ACL. False takes that access away again. Needs
    /// <see cref="RunsWorkloads"/>.
    /// </summary>
    public bool ShipsSystemJournal { get; init; }

    /// <summary>Whether the node runs the agents.</summary>
    public bool RunsAgents => NomadVersion is not null;
}
