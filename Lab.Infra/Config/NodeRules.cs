using System.Globalization;

namespace Lab.Infra.Config;

/// <summary>
/// Rules over the expanded VMs (<see cref="NodeLayout"/>): each VM's address is a free host address of the lab
/// network, each VM id is in range and unique, each host name is unique, and the prefix holds the whole plan.
/// </summary>
internal static class NodeRules
{
    public static void Check(LabConfig config, NetworkFacts facts, IReadOnlyList<LayoutNode> nodes, List<string> errors)
    {
        CheckCapacity(config, facts, nodes, errors);
        CheckAddresses(config, facts, nodes, errors);
        CheckVmIds(config, nodes, errors);
        CheckNames(config, nodes, errors);
    }

    private static void CheckCapacity(LabConfig config, NetworkFacts facts, IReadOnlyList<LayoutNode> nodes, List<string> errors)
    {
        if (facts.Cidr is not { } cidr)
        {
            return;
        }

        var pis = facts.DnsHost is not null && facts.DnsHost == facts.EdgeHost ? 1 : 2;
        var needed = nodes.Count + pis + 1;
        if (needed > cidr.UsableCount)
        {
            var vms = nodes.Count == 1 ? "1 VM" : $"{nodes.Count} VMs";
            var raspberries = pis == 1 ? "1 Raspberry Pi" : "2 Raspberry Pis";
            errors.Add(ConfigKeys.Bad("network.cidr", config.Network.Cidr,
                $"has {cidr.UsableCount} host addresses, but the lab needs {needed} ({vms}, {raspberries}, the gateway)",
                ConfigKeys.SetCommand("network.cidr", "<cidr with a shorter prefix>")));
        }
    }

    private static void CheckAddresses(LabConfig config, NetworkFacts facts, IReadOnlyList<LayoutNode> nodes, List<string> errors)
    {
        var reportedFirstIp = new HashSet<string>(StringComparer.Ordinal);
        var taken = new Dictionary<uint, LayoutNode>();
        foreach (var node in nodes)
        {
            var path = $"{node.RoleKey}.firstIp";
            var fix = ConfigKeys.SetCommand(path, facts.Cidr is { } c ? $"<ip in {c}>" : "<ip>");
            if (!node.FirstIpParsed)
            {
                if (reportedFirstIp.Add(path))
                {
                    errors.Add(ConfigKeys.Bad(path, node.Role.FirstIp, "is not an IPv4 address", fix));
                }

                continue;
            }

            var problem = AddressProblem(node, facts, taken);
            if (problem is not null)
            {
                errors.Add(ConfigKeys.Bad(path, node.Role.FirstIp, problem, fix));
            }

            if (node.Ip is { } ip)
            {
                taken.TryAdd(ip, node);
            }
        }
    }

    private static string? AddressProblem(LayoutNode node, NetworkFacts facts, Dictionary<uint, LayoutNode> taken)
    {
        if (node.Ip is not { } ip)
        {
            return $"puts {node.Name} past 255.255.255.255";
        }

        var at = $"puts {node.Name} at {Ipv4.Format(ip)}";
        if (facts.Cidr is { } cidr)
        {
            if (!cidr.Contains(ip))
            {
                return $"{at}, outside {ConfigKeys.Full("network.cidr")} {cidr}";
            }

            if (ip == cidr.Network)
            {
                return $"{at}, the network address of {cidr}";
            }

            if (ip == cidr.Broadcast)
            {
                return $"{at}, the broadcast address of {cidr}";
            }
        }

        if (ip == facts.Gateway)
        {
            return $"{at}, the gateway ({ConfigKeys.Full("network.gateway")})";
        }

        if (ip == facts.DnsHost)
        {
            return $"{at}, the DNS host's address ({ConfigKeys.Full("dnsHost.address")})";
        }

        if (ip == facts.EdgeHost)
        {
            return $"{at}, the edge host's address ({ConfigKeys.Full("edgeHost.address")})";
        }

        foreach (var (index, server) in facts.DnsServers)
        {
            if (ip == server)
            {
                return $"{at}, a DNS server ({ConfigKeys.Full($"network.dnsServers[{index}]")})";
            }
        }

        if (ip == facts.ProxmoxHost)
        {
            return $"{at}, the Proxmox API host ({ConfigKeys.Full("proxmox.endpoint")})";
        }

        if (taken.TryGetValue(ip, out var other))
        {
            return $"{at}, already {other.Name}'s address ({ConfigKeys.Full($"{other.RoleKey}.firstIp")})";
        }

        return null;
    }

    private static void CheckVmIds(LabConfig config, IReadOnlyList<LayoutNode> nodes, List<string> errors)
    {
        var taken = new Dictionary<long, LayoutNode>();
        var templateId = config.Proxmox.Template.VmId;
        foreach (var node in nodes)
        {
            var path = $"{node.RoleKey}.firstVmId";
            var gives = $"gives {node.Name} VM id {node.VmId.ToString(CultureInfo.InvariantCulture)}";
            var problem = node.VmId < ProxmoxRules.MinVmId || node.VmId > ProxmoxRules.MaxVmId
                    ? $"{gives}, outside Proxmox's range {ProxmoxRules.VmIdRange}"
                : node.VmId == templateId ? $"{gives}, the template's ({ConfigKeys.Full("proxmox.templateVmId")})"
                : taken.TryGetValue(node.VmId, out var other) ? $"{gives}, already {other.Name}'s ({ConfigKeys.Full($"{other.RoleKey}.firstVmId")})"
                : null;
            if (problem is not null)
            {
                errors.Add(ConfigKeys.Bad(path, node.Role.FirstVmId.ToString(CultureInfo.InvariantCulture), problem,
                    ConfigKeys.SetCommand(path, "<vm id>")));
            }

            taken.TryAdd(node.VmId, node);
        }
    }

    private static void CheckNames(LabConfig config, IReadOnlyList<LayoutNode> nodes, List<string> errors)
    {
        // Every VM and Pi gets a DNS record <name>.<domain>, so one name may belong to one host only.
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var path = $"{node.RoleKey}.name";
            if (taken.TryGetValue(node.Name, out var owner) && owner != path)
            {
                errors.Add(ConfigKeys.Bad(path, node.Role.Name, $"gives {node.Name}, a name {ConfigKeys.Full(owner)} already gives",
                    ConfigKeys.SetCommand(path, "<name>")));
            }

            taken.TryAdd(node.Name, path);
        }

        foreach (var (key, pi) in new[] { (ConfigKeys.DnsHost, config.DnsHost), (ConfigKeys.EdgeHost, config.EdgeHost) })
        {
            var path = $"{key}.name";
            if (taken.TryGetValue(pi.Name, out var owner) && !(key == ConfigKeys.EdgeHost && config.EdgeHost == config.DnsHost))
            {
                errors.Add(ConfigKeys.Bad(path, pi.Name, $"is a name {ConfigKeys.Full(owner)} already gives", ConfigKeys.SetCommand(path, "<name>")));
            }

            taken.TryAdd(pi.Name, path);
        }
    }
}
