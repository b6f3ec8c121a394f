using Lab.Components.Jobs;

namespace Lab.Infra.Config;

/// <summary>
/// The whole lab as the stack configures it, with defaults applied (see <see cref="LabDefaults"/>). Addresses, CIDRs
/// and names stay the text the stack holds, so that <see cref="LabConfigValidator"/> can quote a bad value back.
/// Secrets are not values here: <see cref="Secrets"/> only says which ones the stack holds.
/// </summary>
public sealed record LabConfig
{
    /// <summary>DNS domain of the lab (<c>homelab:domain</c>); hosts are <c>&lt;name&gt;.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>The LAN the VMs and the Raspberry Pis share (<c>homelab:network</c>).</summary>
    public required NetworkConfig Network { get; init; }

    /// <summary>Where and how VMs are created (<c>homelab:proxmox</c>).</summary>
    public required ProxmoxConfig Proxmox { get; init; }

    /// <summary>Whether servers also run workloads (<c>homelab:topology</c>).</summary>
    public required Topology Topology { get; init; }

    /// <summary>Nomad + Consul server VMs (<c>homelab:servers</c>); in <see cref="Topology.Compact"/> they are clients too.</summary>
    public required RoleConfig Servers { get; init; }

    /// <summary>Nomad + Consul client VMs (<c>homelab:clients</c>); count 0 in <see cref="Topology.Compact"/>.</summary>
    public required RoleConfig Clients { get; init; }

    /// <summary>The support VM, which gets only the base (<c>homelab:support</c>); count 0 or 1, 0 in <see cref="Topology.Compact"/>.</summary>
    public required RoleConfig Support { get; init; }

    /// <summary>The Raspberry Pi running dnsmasq (<c>homelab:dnsHost</c>).</summary>
    public required PiHostConfig DnsHost { get; init; }

    /// <summary>The Raspberry Pi running HAProxy and cloudflared (<c>homelab:edgeHost</c>).</summary>
    public required PiHostConfig EdgeHost { get; init; }

    /// <summary>SSH access to the VMs (<c>homelab:ssh</c>).</summary>
    public required SshConfig Ssh { get; init; }

    /// <summary>Cloudflare account, zone and tunnel (<c>homelab:cloudflare</c>).</summary>
    public required CloudflareConfig Cloudflare { get; init; }

    /// <summary>Nomad region, datacenter and version (<c>homelab:nomad</c>).</summary>
    public required NomadConfig Nomad { get; init; }

    /// <summary>Consul datacenter and version (<c>homelab:consul</c>).</summary>
    public required ConsulConfig Consul { get; init; }

    /// <summary>Ids of the Nomad jobs to run, each one of <c>LabJobs.Known</c> (<c>homelab:jobs</c>).</summary>
    public required IReadOnlyList<string> Jobs { get; init; }

    /// <summary>Optional parts of the lab (<c>homelab:features</c>).</summary>
    public required FeatureFlags Features { get; init; }

    /// <summary>Whether the stack runs the job <paramref name="jobId"/>: listed in <see cref="Jobs"/>, or a monitoring job with <c>features.monitoring</c>.</summary>
    public bool RunsJob(string jobId) =>
        Jobs.Contains(jobId, StringComparer.Ordinal) || (Features.Monitoring && MonitoringJobs.Ids.Contains(jobId, StringComparer.Ordinal));

    /// <summary>
    /// Marks a throwaway stack (<c>homelab:development</c>): it may run a single server, which a lab that must survive
    /// the loss of one server may not.
    /// </summary>
    public required bool Development { get; init; }

    /// <summary>The edge balancer's certificate, stats port and discovery services, and the DNS's extra hosts (<c>homelab:edge</c>, <c>homelab:dns</c>).</summary>
    public required EdgeConfig Edge { get; init; }

    /// <summary>Which secret keys the stack holds.</summary>
    public required LabSecrets Secrets { get; init; }
}
