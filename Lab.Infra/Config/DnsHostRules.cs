namespace Lab.Infra.Config;

/// <summary>
/// <c>homelab:dns.hosts</c> against the lab's own names: dnsmasq gets one record per name, and the program keeps the
/// first it meets (a VM, a Pi, then the list), so a repeated name or one a VM or Pi already has would lose its
/// address without a word. A Proxmox node is the exception: listing it is how it gets its address. For the same reason
/// a Proxmox node may not share a VM's or a Pi's name.
/// </summary>
internal static class DnsHostRules
{
    public static void Check(LabConfig config, IReadOnlyList<LayoutNode>? nodes, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        var owners = new Dictionary<string, (string What, string Key)>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes ?? [])
        {
            owners.TryAdd(node.Name, ($"the VM {node.Name}", $"{node.RoleKey}.name"));
        }

        owners.TryAdd(config.DnsHost.Name, ("the DNS Pi", $"{ConfigKeys.DnsHost}.name"));
        owners.TryAdd(config.EdgeHost.Name, ("the edge Pi", $"{ConfigKeys.EdgeHost}.name"));

        // A PVE node's name is the Proxmox host's own name, so it is the VM's or the Pi's that has to change.
        for (var i = 0; i < config.Proxmox.Nodes.Count; i++)
        {
            var node = config.Proxmox.Nodes[i];
            if (owners.TryGetValue(node, out var owner))
            {
                errors.Add(ConfigKeys.Bad($"proxmox.nodes[{i}]", node,
                    $"is also the name of {owner.What} ({ConfigKeys.Full(owner.Key)}): the lab's DNS has one record per name, so the Proxmox host's would be dropped",
                    $"rename that one: {ConfigKeys.SetCommand(owner.Key, "<name>")}"));
            }
        }

        var hosts = config.Edge.ExtraHosts;
        var listed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < hosts.Count; i++)
        {
            var path = $"{EdgeConfigReader.DnsKey}.hosts[{i}]";
            var name = hosts[i].Name;
            if (!DnsNames.IsLabel(name.ToLowerInvariant()))
            {
                // Not a label: reported by EdgeRules.
                continue;
            }

            var remove = $"pulumi config rm --path '{ConfigKeys.Full(path)}'";
            if (listed.TryGetValue(name, out var first))
            {
                errors.Add(ConfigKeys.Bad($"{path}.name", name,
                    $"repeats {ConfigKeys.Full($"{EdgeConfigReader.DnsKey}.hosts[{first}].name")} {EchoedValue.Of(hosts[first].Name)} (at {EchoedValue.Of(hosts[first].Address)}): "
                    + $"the lab's DNS has one record per name, so this one, at {EchoedValue.Of(hosts[i].Address)}, would be dropped",
                    $"{remove}, or {ConfigKeys.SetCommand($"{path}.name", "<name>")}"));
            }
            else if (owners.TryGetValue(name, out var owner))
            {
                errors.Add(ConfigKeys.Bad($"{path}.name", name,
                    $"is the name of {owner.What} ({ConfigKeys.Full(owner.Key)}), which has its own DNS record, so this one, at {EchoedValue.Of(hosts[i].Address)}, would be dropped",
                    $"{remove}, or {ConfigKeys.SetCommand($"{path}.name", "<name>")}"));
            }

            listed.TryAdd(name, i);
        }
    }
}
