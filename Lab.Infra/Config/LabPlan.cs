namespace Lab.Infra.Config;

/// <summary>
/// The VMs a <see cref="LabConfig"/> asks for and what they reserve on Proxmox. A pure function of the config, so
/// <c>LabStack</c> and <c>synth</c> know every name, address and VM id before any resource exists (providers
/// configured from the cluster need them in the first preview).
/// </summary>
public sealed record LabPlan
{
    /// <summary>Every VM: servers, then clients, then the support VM, each in index order.</summary>
    public required IReadOnlyList<LabNode> Nodes { get; init; }

    /// <summary>Reservations per kind of node (<see cref="NodeRoles"/> value), in the order the kinds first appear.</summary>
    public required IReadOnlyList<PlanTotals> ByRole { get; init; }

    /// <summary>Reservations of the whole lab.</summary>
    public required PlanTotals Overall { get; init; }

    /// <summary>Plans a config that <see cref="LabConfigValidator.Validate"/> accepted.</summary>
    /// <exception cref="ArgumentException">A VM's address does not parse: validate the config first.</exception>
    public static LabPlan From(LabConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var nodes = NodeLayout.Expand(config).Select(node => new LabNode(
            node.Name,
            node.Roles,
            node.Ip is { } ip
                ? Ipv4.Format(ip)
                : throw new ArgumentException(
                    $"{ConfigKeys.Full($"{node.RoleKey}.firstIp")} '{node.Role.FirstIp}' gives {node.Name} no IPv4 address: validate the config before planning",
                    nameof(config)),
            checked((int)node.VmId),
            node.PveNode,
            node.Role.Cores,
            node.Role.MemoryMiB,
            node.Role.DiskGiB)).ToList();

        var byRole = nodes
            .GroupBy(node => node.Roles)
            .Select(group => PlanTotals.Sum(group.Key.Describe(), group))
            .ToList();
        return new LabPlan { Nodes = nodes, ByRole = byRole, Overall = PlanTotals.Sum("all", nodes) };
    }
}

/// <summary>One VM of the plan.</summary>
/// <param name="Name">VM and host name, e.g. <c>vb0</c>.</param>
/// <param name="Roles">What it runs.</param>
/// <param name="Ip">Static IPv4 address.</param>
/// <param name="VmId">Pinned Proxmox VM id.</param>
/// <param name="PveNode">Proxmox node it runs on.</param>
/// <param name="Cores">vCPUs.</param>
/// <param name="MemoryMiB">Memory in MiB.</param>
/// <param name="DiskGiB">Root disk in GiB.</param>
public sealed record LabNode(
    string Name,
    NodeRoles Roles,
    string Ip,
    int VmId,
    string PveNode,
    int Cores,
    int MemoryMiB,
    int DiskGiB);

/// <summary>What a group of VMs reserves.</summary>
/// <param name="Group">Roles of the group (<c>server</c>, <c>server+client</c>) or <c>all</c>.</param>
/// <param name="Nodes">Number of VMs.</param>
/// <param name="Cores">vCPUs.</param>
/// <param name="MemoryMiB">Memory in MiB.</param>
/// <param name="DiskGiB">Disk in GiB.</param>
public sealed record PlanTotals(string Group, int Nodes, int Cores, long MemoryMiB, long DiskGiB)
{
    internal static PlanTotals Sum(string group, IEnumerable<LabNode> nodes)
    {
        var list = nodes.ToList();
        return new PlanTotals(
            group,
            list.Count,
            list.Sum(node => node.Cores),
            list.Sum(node => (long)node.MemoryMiB),
            list.Sum(node => (long)node.DiskGiB));
    }
}
