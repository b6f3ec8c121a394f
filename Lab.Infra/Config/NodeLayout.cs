namespace Lab.Infra.Config;

/// <summary>
/// Expands the roles of a <see cref="LabConfig"/> into VMs: names, addresses, VM ids and PVE nodes, without judging
/// them. <see cref="LabConfigValidator"/> checks this expansion and <see cref="LabPlan"/> publishes it, so both
/// see the same VMs.
/// </summary>
internal static class NodeLayout
{
    /// <summary>The VMs of a config whose counts are in range (<see cref="RoleCounts.AreExpandable"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range: validate the config first.</exception>
    public static IReadOnlyList<LayoutNode> Expand(LabConfig config)
    {
        // The guard behind the validator's count rules: an unchecked count would allocate without bound.
        if (!RoleCounts.AreExpandable(config))
        {
            throw new ArgumentOutOfRangeException(nameof(config),
                $"a role's count is outside its range ({ConfigKeys.Full("servers.count")} {RoleCounts.ServerRange}, "
                + $"{ConfigKeys.Full("clients.count")} {RoleCounts.ClientRange}, {ConfigKeys.Full("support.count")} {RoleCounts.SupportRange}): validate the config before expanding it");
        }

        var nodes = new List<LayoutNode>();
        if (config.Topology == Topology.Compact)
        {
            // A compact lab runs workloads on its servers; the clients and support roles have no VMs.
            Add(nodes, config, ConfigKeys.Servers, config.Servers, NodeRoles.Server | NodeRoles.Client);
        }
        else
        {
            Add(nodes, config, ConfigKeys.Servers, config.Servers, NodeRoles.Server);
            Add(nodes, config, ConfigKeys.Clients, config.Clients, NodeRoles.Client);
            Add(nodes, config, ConfigKeys.Support, config.Support, NodeRoles.Support);
        }

        return nodes;
    }

    /// <summary>The name of VM <paramref name="index"/> of a role.</summary>
    public static string NameOf(RoleConfig role, NodeRoles roles, int index) =>
        // The one support VM is named as configured; indexed names are for roles that scale.
        roles == NodeRoles.Support && role.Count == 1 ? role.Name : $"{role.Name}{index}";

    private static void Add(List<LayoutNode> nodes, LabConfig config, string roleKey, RoleConfig role, NodeRoles roles)
    {
        var hasFirstIp = Ipv4.TryParse(role.FirstIp, out var firstIp);
        var placement = role.PveNodes.Count > 0 ? role.PveNodes : config.Proxmox.Nodes;
        for (var i = 0; i < role.Count; i++)
        {
            var name = NameOf(role, roles, i);
            long? ip = hasFirstIp ? firstIp + (long)i : null;
            nodes.Add(new LayoutNode(
                name,
                roles,
                roleKey,
                role,
                // An address past 255.255.255.255 does not exist; the validator reports it as outside the network.
                ip is { } a && a <= uint.MaxValue ? (uint)a : null,
                hasFirstIp,
                (long)role.FirstVmId + i,
                placement.Count > 0 ? placement[i % placement.Count] : ""));
        }
    }
}

/// <summary>One VM of the expansion; <see cref="Ip"/> is null when the role's first IP does not parse or overflows.</summary>
internal sealed record LayoutNode(
    string Name,
    NodeRoles Roles,
    string RoleKey,
    RoleConfig Role,
    uint? Ip,
    bool FirstIpParsed,
    long VmId,
    string PveNode);
