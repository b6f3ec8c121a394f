using System.Globalization;

namespace Lab.Infra.Config;

/// <summary>
/// The range of each role's count. A count is a loop bound of <see cref="NodeLayout"/>: <c>servers.count:
/// 100000000</c> once built 10^8 VM records (17 GB, killed after 100 s) before any rule could report it, so the
/// validator checks these ranges first and expands only counts inside them.
/// </summary>
public static class RoleCounts
{
    /// <summary>
    /// Consul and Nomad run 3 or 5 servers and document 7 as the most: every write waits for a majority, so more
    /// servers slow the cluster down while adding almost nothing to the failures it survives.
    /// </summary>
    public const int MaxServers = 7;

    /// <summary>
    /// A lab-size maximum (our own choice): the lab shares one /24-sized LAN, whose 254 host addresses also hold the
    /// gateway, the Pis, the servers, the Proxmox hosts and the household's devices. A larger count is a typo far
    /// more often than a plan; the CIDR's own capacity is checked on top (<c>network.cidr</c>).
    /// </summary>
    public const int MaxClients = 200;

    /// <summary>The support VM is the lab's one spare node for tooling (DESIGN's step-ca on it is not built yet): there is one or none.</summary>
    public const int MaxSupport = 1;

    public static string ServerRange => Range(1, MaxServers);

    public static string ClientRange => Range(0, MaxClients);

    public static string SupportRange => Range(0, MaxSupport);

    /// <summary>Whether every count that <see cref="NodeLayout.Expand"/> loops over is inside its range.</summary>
    public static bool AreExpandable(LabConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Servers.Count is >= 1 and <= MaxServers
            && (config.Topology == Topology.Compact
                || (config.Clients.Count is >= 0 and <= MaxClients && config.Support.Count is >= 0 and <= MaxSupport));
    }

    private static string Range(int min, int max) => string.Create(CultureInfo.InvariantCulture, $"{min}..{max}");
}
