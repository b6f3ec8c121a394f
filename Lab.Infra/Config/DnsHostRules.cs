namespace Lab.Infra.Config;

/// <summary>
/// <c>homelab:dns.hosts</c> against the lab's own names: dnsmasq gets one record per name, and the program keeps the
/// first it meets (a VM, a Pi, then the list), so a repeated name or one a VM or Pi already has would lose its
/// address without a word. A Proxmox node is the exception: listing it is how it gets its address.
/// </summary>
internal static class DnsHostRules
{
    public static void Check(LabConfig config, IReadOnlyList<LayoutNode>? nodes, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes ?? [])
        {
            owners.TryAdd(node.Name, $"the VM {node.Name} ({ConfigKeys.Full($"{node.RoleKey}.name")})");
        }

        owners.TryAdd(config.DnsHost.Name, $"the DNS Pi ({ConfigKeys.Full($"{ConfigKeys.DnsHost}.name")})");
        owners.TryAdd(config.EdgeHost.Name, $"the edge Pi ({ConfigKeys.Full($"{ConfigKeys.EdgeHost}.name")})");

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
                    $"is the name of {owner}, which has its own DNS record, so this one, at {EchoedValue.Of(hosts[i].Address)}, would be dropped",
                    $"{remove}, or {ConfigKeys.SetCommand($"{path}.name", "<name>")}"));
            }

            listed.TryAdd(name, i);
        }
    }
}
