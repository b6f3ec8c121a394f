namespace Lab.Components.Rendering;

/// <summary>
/// The host volumes every Nomad client of the lab offers: the only way a job reaches the host's file system, since the
/// Podman driver's own host bind mounts are off (<see cref="NomadAgentConfigRenderer"/>). Only a management token, or a
/// policy with a <c>host_volume</c> rule, may submit a job that mounts one (Nomad's <c>Job.Register</c> checks the
/// group's volumes against the token); the lab's own policies have no such rule.
/// </summary>
public static class NomadAgentHostVolumes
{
    /// <summary>Prometheus', Grafana's and Loki's data, a folder each, owned by the Podman user.</summary>
    public static readonly NomadAgentHostVolume Data = new("data", AgentPaths.DataVolume, ReadOnly: false);

    /// <summary>The persistent journal the log shipper reads (decision D3: every task logs there).</summary>
    public static readonly NomadAgentHostVolume Journal = new("journal", NodeBaseScript.JournalDirectory, ReadOnly: true);

    /// <summary>
    /// The machine id, which names the journal's folder. A single file: Nomad asks a host volume's path only to be set
    /// (<c>command/agent/command.go</c>), and the Podman driver bind-mounts files as it does directories.
    /// </summary>
    public static readonly NomadAgentHostVolume MachineId = new("machine-id", "/etc/machine-id", ReadOnly: true);

    /// <summary>The host's root file system, which the node exporter reads its file system and process metrics from.</summary>
    public static readonly NomadAgentHostVolume HostRoot = new("host-root", "/", ReadOnly: true);

    /// <summary>Every host volume, in the order the agent config lists them.</summary>
    public static readonly IReadOnlyList<NomadAgentHostVolume> All = [Data, Journal, MachineId, HostRoot];
}
