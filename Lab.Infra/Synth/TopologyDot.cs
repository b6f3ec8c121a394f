using System.Globalization;
using System.Text;

namespace Lab.Infra.Synth;

/// <summary>
/// The resource graph as Graphviz DOT (DESIGN §6 <c>topology.dot</c>): one box per resource, components drawn as
/// clusters around their children, and an arrow from each resource to every resource it waits for. Render it with
/// <c>dot -Tsvg topology.dot</c>; the text itself diffs well in a review.
/// </summary>
internal static class TopologyDot
{
    public static string Render(IReadOnlyList<SynthResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var ids = resources.Select((r, i) => (r.Urn, Id: $"r{i}")).ToDictionary(p => p.Urn, p => p.Id, StringComparer.Ordinal);
        var children = resources.Where(r => r.Parent is not null && ids.ContainsKey(r.Parent))
            .ToLookup(r => r.Parent!, StringComparer.Ordinal);
        var text = new StringBuilder("digraph lab {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
        foreach (var root in resources.Where(r => r.Parent is null || !ids.ContainsKey(r.Parent)))
        {
            Append(root, "  ");
        }

        foreach (var resource in resources)
        {
            foreach (var dependency in resource.Dependencies.Where(ids.ContainsKey))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {ids[resource.Urn]} -> {ids[dependency]};\n");
            }
        }

        return text.Append("}\n").ToString();

        void Append(SynthResource resource, string indent)
        {
            var id = ids[resource.Urn];
            var label = Quote($"{resource.Name}\n{resource.Type}");
            if (!children[resource.Urn].Any())
            {
                text.Append(CultureInfo.InvariantCulture, $"{indent}{id} [label={label}];\n");
                return;
            }

            // A component is a cluster; its own node stays inside it so that edges to the component still land.
            text.Append(CultureInfo.InvariantCulture, $"{indent}subgraph cluster_{id} {{\n{indent}  label={Quote(resource.Name)};\n");
            text.Append(CultureInfo.InvariantCulture, $"{indent}  {id} [label={label}, shape=component];\n");
            foreach (var child in children[resource.Urn])
            {
                Append(child, indent + "  ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{indent}}}\n");
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
