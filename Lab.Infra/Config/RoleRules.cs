using System.Globalization;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:servers</c>, <c>homelab:clients</c> and <c>homelab:support</c>: counts, sizes, names, placement.</summary>
internal static class RoleRules
{
    public const string NotALabel =
        "is not a DNS label (lowercase letters, digits and '-', at most 63, no '-' at either end)";

    /// <summary>Servers a stack needs unless it is marked development: three survive the loss of one.</summary>
    public const int MinLabServers = 3;

    public static void Check(LabConfig config, List<string> errors)
    {
        var compact = config.Topology == Topology.Compact;
        CheckServerCount(config, errors);
        if (compact)
        {
            CheckUnusedInCompact(ConfigKeys.Clients, config.Clients, errors);
            CheckUnusedInCompact(ConfigKeys.Support, config.Support, errors);
        }
        else
        {
            CheckClientCount(config, errors);
            CheckSupportCount(config.Support, errors);
        }

        var serverMinimums = compact
            ? new Minimums("a compact node (server and client)", SizeMinimums.ServerMemoryMiB + SizeMinimums.ClientMemoryMiB,
                SizeMinimums.ServerDiskGiB + SizeMinimums.ClientDiskGiB)
            : new Minimums("a server", SizeMinimums.ServerMemoryMiB, SizeMinimums.ServerDiskGiB);
        CheckRole(config, ConfigKeys.Servers, config.Servers, serverMinimums, errors);
        if (!compact)
        {
            CheckRole(config, ConfigKeys.Clients, config.Clients, new Minimums("a client", SizeMinimums.ClientMemoryMiB, SizeMinimums.ClientDiskGiB), errors);
            CheckRole(config, ConfigKeys.Support, config.Support, new Minimums("the support VM", SizeMinimums.SupportMemoryMiB, SizeMinimums.SupportDiskGiB), errors);
        }
    }

    private static void CheckServerCount(LabConfig config, List<string> errors)
    {
        const string path = "servers.count";
        var count = config.Servers.Count;
        var text = Number(count);
        if (count is < 1 or > RoleCounts.MaxServers)
        {
            var why = count < 1 ? "the cluster needs a server" : "Consul and Nomad run 3 or 5 servers, at most 7: every write waits for a majority of them";
            errors.Add(ConfigKeys.Bad(path, text, $"is out of range {RoleCounts.ServerRange} ({why})",
                ConfigKeys.SetCommand(path, Number(config.Development ? LabDefaults.DevelopmentServerCount : MinLabServers))));
        }
        else if (count % 2 == 0)
        {
            // Raft needs a majority: n and n-1 servers (n even) tolerate the same number of failures.
            var odd = config.Development || count - 1 >= MinLabServers ? count - 1 : count + 1;
            errors.Add(ConfigKeys.Bad(path, text, $"is even: Raft tolerates no more failed servers with {count} than with {count - 1}",
                ConfigKeys.SetCommand(path, Number(odd))));
        }
        else if (count < MinLabServers && !config.Development)
        {
            errors.Add(ConfigKeys.Bad(path, text,
                $"is out of range {Number(MinLabServers)}..{Number(RoleCounts.MaxServers)} for a stack not marked {ConfigKeys.Full(ConfigKeys.Development)}: losing a server would stop the cluster",
                $"{ConfigKeys.SetCommand(path, Number(MinLabServers))}, or {ConfigKeys.SetCommand(ConfigKeys.Development, "true")}"));
        }
    }

    private static void CheckClientCount(LabConfig config, List<string> errors)
    {
        const string path = "clients.count";
        var count = config.Clients.Count;
        if (count is < 0 or > RoleCounts.MaxClients)
        {
            errors.Add(ConfigKeys.Bad(path, Number(count),
                $"is out of range {RoleCounts.ClientRange} (the lab's clients share one /24-sized network with the rest of the LAN)",
                ConfigKeys.SetCommand(path, Number(LabDefaults.Clients.Count))));
        }
        else if (count == 0 && config.Jobs.Count > 0)
        {
            errors.Add(ConfigKeys.Bad(path, "0", $"leaves no node to run {ConfigKeys.Full(ConfigKeys.Jobs)} in topology standard",
                $"{ConfigKeys.SetCommand(path, "1")}, or {ConfigKeys.SetCommand(ConfigKeys.Topology, "compact")}"));
        }
    }

    private static void CheckSupportCount(RoleConfig support, List<string> errors)
    {
        const string path = "support.count";
        if (support.Count is < 0 or > RoleCounts.MaxSupport)
        {
            errors.Add(ConfigKeys.Bad(path, Number(support.Count), $"is out of range {RoleCounts.SupportRange} (the lab has one support VM or none)",
                ConfigKeys.SetCommand(path, "1")));
        }
    }

    private static void CheckUnusedInCompact(string key, RoleConfig role, List<string> errors)
    {
        if (role.Count != 0)
        {
            var path = $"{key}.count";
            errors.Add(ConfigKeys.Bad(path, Number(role.Count), "is not 0, but topology compact has only server nodes, which run the jobs",
                ConfigKeys.SetCommand(path, "0")));
        }
    }

    private static void CheckRole(LabConfig config, string key, RoleConfig role, Minimums minimums, List<string> errors)
    {
        if (role.Count <= 0)
        {
            return;
        }

        var defaults = key == ConfigKeys.Servers ? LabDefaults.Servers : key == ConfigKeys.Clients ? LabDefaults.Clients : LabDefaults.Support;
        CheckSize($"{key}.cores", role.Cores, SizeMinimums.Cores, SizeMaximums.Cores, SizeMaximums.CoresWhy, defaults.Cores, minimums.What, errors);
        CheckSize($"{key}.memoryMiB", role.MemoryMiB, minimums.MemoryMiB, SizeMaximums.MemoryMiB, SizeMaximums.MemoryWhy,
            Math.Max(defaults.MemoryMiB, minimums.MemoryMiB), minimums.What, errors);
        CheckSize($"{key}.diskGiB", role.DiskGiB, minimums.DiskGiB, SizeMaximums.DiskGiB, SizeMaximums.DiskWhy,
            Math.Max(defaults.DiskGiB, minimums.DiskGiB), minimums.What, errors);

        // The first and the last name differ only in their index, which is what can make a name too long.
        var roles = key == ConfigKeys.Support ? NodeRoles.Support : NodeRoles.Server;
        var badName = new[] { NodeLayout.NameOf(role, roles, 0), NodeLayout.NameOf(role, roles, role.Count - 1) }
            .FirstOrDefault(name => !DnsNames.IsLabel(name));
        if (badName is not null)
        {
            errors.Add(ConfigKeys.Bad($"{key}.name", role.Name, $"gives the node name {EchoedValue.Of(badName)}, which {NotALabel}",
                ConfigKeys.SetCommand($"{key}.name", "<name>")));
        }

        for (var i = 0; i < role.PveNodes.Count; i++)
        {
            if (!config.Proxmox.Nodes.Contains(role.PveNodes[i], StringComparer.Ordinal))
            {
                var path = $"{key}.pveNodes[{i}]";
                errors.Add(ConfigKeys.Bad(path, role.PveNodes[i],
                    $"is not in {ConfigKeys.Full("proxmox.nodes")} ({string.Join(", ", config.Proxmox.Nodes)})",
                    ConfigKeys.SetCommand(path, "<node>")));
            }
        }
    }

    /// <summary>A size inside <paramref name="minimum"/>..<paramref name="maximum"/>; the fix above the range is the role's default.</summary>
    private static void CheckSize(string path, int value, int minimum, int maximum, string maximumWhy, int usual, string what, List<string> errors)
    {
        if (value < minimum || value > maximum)
        {
            var why = value < minimum ? $"{Number(minimum)} is the minimum for {what}" : maximumWhy;
            errors.Add(ConfigKeys.Bad(path, Number(value), $"is out of range {Number(minimum)}..{Number(maximum)} ({why})",
                ConfigKeys.SetCommand(path, Number(value < minimum ? minimum : usual))));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Minimums(string What, int MemoryMiB, int DiskGiB);
}
