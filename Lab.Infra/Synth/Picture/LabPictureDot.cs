using System.Globalization;
using System.Text;

namespace Lab.Infra.Synth.Picture;

/// <summary>
/// Draws a <see cref="LabPicture"/> as Graphviz DOT: each machine a cluster, each host a cluster inside it, each
/// service a box; traffic as solid arrows, DNS dashed, Consul discovery dotted. Render it with
/// <c>dot -Tsvg picture.dot</c>. Deterministic: the picture's order is the drawing order.
/// </summary>
internal static class LabPictureDot
{
    private const string TrafficColor = "#1f5fa8";
    private const string DnsColor = "#2e8b3a";
    private const string DiscoveryColor = "#8a4fa8";

    public static string Render(LabPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var text = new StringBuilder();
        text.Append("digraph lab {\n  graph [rankdir=LR, compound=true, newrank=true, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, ranksep=0.9];\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var machine in picture.Machines)
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph cluster_{machine.Id} {{\n    label={Quote(machine.Label)};\n");
            text.Append(machine.Outside
                ? "    style=\"dashed,rounded\"; color=\"#999999\";\n"
                : "    style=\"rounded,filled\"; fillcolor=\"#eef2f7\"; color=\"#5a6b80\";\n");
            foreach (var host in machine.Hosts)
            {
                var indent = "    ";
                if (host.Label.Length > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    subgraph cluster_{host.Id} {{\n      label={Quote(host.Label)};\n      style=\"rounded,filled\"; fillcolor=\"#ffffff\"; color=\"#8896a8\";\n");
                    indent = "      ";
                }
                foreach (var service in host.Services)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{indent}{service.Id} [label={Quote(service.Label)}];\n");
                    anchors.TryAdd(machine.Id, service.Id);
                }
                if (host.Label.Length > 0)
                {
                    text.Append("    }\n");
                }
            }
            text.Append("  }\n");
        }

        foreach (var flow in picture.Flows)
        {
            // A flow from a whole machine (every VM on it) starts at one of its services and is clipped at its border.
            var from = anchors.TryGetValue(flow.From, out var anchor) ? anchor : flow.From;
            var tail = from == flow.From ? "" : $", ltail=cluster_{flow.From}";
            var (color, style) = flow.Kind switch
            {
                FlowKind.Dns => (DnsColor, "dashed"),
                FlowKind.Discovery => (DiscoveryColor, "dotted"),
                _ => (TrafficColor, "solid"),
            };
            text.Append(CultureInfo.InvariantCulture, $"  {from} -> {flow.To} [label={Quote(flow.Label)}, color=\"{color}\", fontcolor=\"{color}\", style={style}{tail}];\n");
        }

        text.Append("  subgraph cluster_legend {\n    label=\"legend\"; style=\"dashed,rounded\"; color=\"#999999\";\n");
        text.Append("    legend [shape=plaintext, style=\"\", label=<");
        text.Append(CultureInfo.InvariantCulture, $"<font color=\"{TrafficColor}\">── traffic</font><br/><font color=\"{DnsColor}\">- - DNS</font><br/><font color=\"{DiscoveryColor}\">··· Consul discovery</font>");
        text.Append(">];\n  }\n");
        return text.Append("}\n").ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
