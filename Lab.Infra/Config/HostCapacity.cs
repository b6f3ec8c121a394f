using System.Globalization;

namespace Lab.Infra.Config;

/// <summary>
/// What a plausible home-lab Proxmox host offers, for the warning about the VMs placed on one PVE node. The stack
/// has no setting for the size of its hosts, so these are documented constants: the warning says "check", it does
/// not stop a deployment that a bigger host would carry.
/// </summary>
public static class HostCapacity
{
    /// <summary>
    /// 32 threads (a 16-core CPU) with vCPUs overcommitted 2:1, which idle Nomad and Consul agents tolerate well;
    /// the seed lab asks for 26 on its one node.
    /// </summary>
    public const int Vcpus = 64;

    /// <summary>
    /// 128 GiB: the memory of a well-equipped home-lab host. Memory is dedicated to each VM (no ballooning), so past
    /// it the host swaps or its OOM killer stops VMs; the seed lab asks for 73 GiB on its one node.
    /// </summary>
    public const long MemoryMiB = 131_072;

    /// <summary>A warning per PVE node whose VMs together ask for more than <see cref="Vcpus"/> or <see cref="MemoryMiB"/>.</summary>
    internal static void Warn(IReadOnlyList<LayoutNode> nodes, List<string> warnings)
    {
        foreach (var group in nodes.Where(node => node.PveNode.Length > 0).GroupBy(node => node.PveNode, StringComparer.Ordinal))
        {
            var vcpus = group.Sum(node => (long)node.Role.Cores);
            var memoryMiB = group.Sum(node => (long)node.Role.MemoryMiB);
            var over = new List<string>();
            if (vcpus > Vcpus)
            {
                over.Add(Invariant($"{vcpus} vCPUs (a plausible host runs {Vcpus}: 32 threads at 2:1)"));
            }

            if (memoryMiB > MemoryMiB)
            {
                over.Add(Invariant($"{memoryMiB} MiB of memory (a plausible host has {MemoryMiB}, 128 GiB)"));
            }

            if (over.Count > 0)
            {
                var roles = group.Select(node => node.RoleKey).Distinct(StringComparer.Ordinal).Select(key => ConfigKeys.Full($"{key}.pveNodes"));
                warnings.Add($"{ConfigKeys.Full("proxmox.nodes")} {group.Key} gets {group.Count().ToString(CultureInfo.InvariantCulture)} VMs asking for "
                    + $"{string.Join(" and ", over)} together: check that the host has them, or spread the VMs with {string.Join(", ", roles)} "
                    + "or make them smaller");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
