using Pulumi;

namespace Lab.Components.Components;

/// <summary>Invariants of a component's VM list that config validation also checks, but a component must not trust.</summary>
internal static class ClusterVms
{
    /// <summary>Host names name child resources and IPs join the cluster: a duplicate of either would collide.</summary>
    public static void RequireUnique(string component, IReadOnlyList<VmSpec> vms, Resource owner)
    {
        var duplicates = vms.GroupBy(v => v.Hostname).Where(g => g.Count() > 1).Select(g => $"host name '{g.Key}'")
            .Concat(vms.GroupBy(v => v.Ip).Where(g => g.Count() > 1).Select(g => $"IP {g.Key}"))
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new ResourceException($"{component}: {string.Join(", ", duplicates)} used by more than one VM", owner, hideStack: true);
        }
    }
}
