namespace Lab.Infra.Synth;

/// <summary>
/// The longest chain of resources that wait for one another (through dependencies, not parents): how many rounds
/// of creation a fresh <c>pulumi up</c> needs at best. Components are free; they create nothing themselves.
/// </summary>
internal static class DeploymentDepth
{
    public static int Of(IReadOnlyList<SynthResource> resources)
    {
        var byUrn = resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        return resources.Count == 0 ? 0 : resources.Max(r => DepthOf(r.Urn));

        int DepthOf(string urn)
        {
            if (depth.TryGetValue(urn, out var known))
            {
                return known;
            }

            // Cycles cannot occur: a resource can only depend on resources that existed when it was created.
            var resource = byUrn[urn];
            var below = resource.Dependencies.Where(byUrn.ContainsKey).Select(DepthOf).DefaultIfEmpty(0).Max();
            var self = IsComponent(resource.Type) ? 0 : 1;
            return depth[urn] = below + self;
        }
    }

    // Component types are the program's own (homelab:...); provider resources create something.
    private static bool IsComponent(string type) => type.StartsWith("homelab:", StringComparison.Ordinal);
}
