using Pulumi;

namespace Lab.Components.Components;

/// <summary>What every VM of the lab shares: template, storage, network and admin access.</summary>
public sealed record LabVmSettings
{
    /// <summary>DNS domain of the lab.</summary>
    public required string Domain { get; init; }

    /// <summary>The template or cloud image the VMs' disks come from.</summary>
    public required VmSource Source { get; init; }

    /// <summary>Datastore for disks, e.g. <c>local-lvm</c>.</summary>
    public required string VmDatastore { get; init; }

    /// <summary>Bridge of the VMs' NICs, e.g. <c>vmbr0</c>.</summary>
    public required string Bridge { get; init; }

    /// <summary>Prefix length of the lab network.</summary>
    public required int PrefixLength { get; init; }

    /// <summary>Default gateway.</summary>
    public required string Gateway { get; init; }

    /// <summary>Resolvers the VMs use, in order.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }

    /// <summary>
    /// What every VM waits for before it is created and boots, e.g. the lab's DNS server once a component configures
    /// it: a VM's first boot installs packages, so its resolvers must answer by then.
    /// </summary>
    public IReadOnlyList<Resource> WaitFor { get; init; } = [];

    /// <summary>Admin user on every VM.</summary>
    public required string AdminUser { get; init; }

    /// <summary>OpenSSH public keys of the admin user.</summary>
    public required IReadOnlyList<string> SshPublicKeys { get; init; }

    /// <summary>The private key the remote commands log in with (secret).</summary>
    public required Input<string> SshPrivateKey { get; init; }

    /// <summary>Nomad version on agent VMs.</summary>
    public string NomadVersion { get; init; } = Versions.Nomad;

    /// <summary>Consul version on agent VMs.</summary>
    public string ConsulVersion { get; init; } = Versions.Consul;

    /// <summary>Whether the clients' log shipper reads the system journal, i.e. the lab runs monitoring.</summary>
    public bool ShipsSystemJournal { get; init; }

    /// <summary>
    /// Protects the server VMs from <c>pulumi destroy</c> and replacement (<c>protect</c>): losing two of three servers
    /// loses the cluster, so a lab makes replacing one an explicit act. Clients stay replaceable.
    /// </summary>
    public bool Protect { get; init; }

    /// <summary>The args of one VM of this lab, with the agents of <paramref name="roles"/> and Proxmox <paramref name="tags"/>.</summary>
    public ProxmoxNodeArgs NodeArgs(VmSpec vm, AgentRoles roles, IReadOnlyList<string> tags) => new()
    {
        Hostname = vm.Hostname,
        Domain = Domain,
        Ip = vm.Ip,
        PrefixLength = PrefixLength,
        Gateway = Gateway,
        DnsServers = DnsServers,
        PveNode = vm.PveNode,
        VmId = vm.VmId,
        Source = Source,
        Cores = vm.Cores,
        MemoryMiB = vm.MemoryMiB,
        DiskGiB = vm.DiskGiB,
        VmDatastore = VmDatastore,
        Bridge = Bridge,
        AdminUser = AdminUser,
        SshPublicKeys = SshPublicKeys,
        SshPrivateKey = SshPrivateKey,
        Roles = roles,
        NomadVersion = NomadVersion,
        ConsulVersion = ConsulVersion,
        ShipsSystemJournal = ShipsSystemJournal,
        Tags = tags,
        WaitFor = WaitFor,
    };
}
