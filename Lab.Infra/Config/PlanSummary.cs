using System.Globalization;
using System.Text;

namespace Lab.Infra.Config;

/// <summary>
/// Renders a <see cref="LabPlan"/> as the markdown tables of synth's <c>summary.md</c>: one row per VM, then the
/// reservations per kind of node and in all. Invariant culture and <c>"\n"</c> line endings, so two runs give the
/// same bytes on any machine.
/// </summary>
public static class PlanSummary
{
    public static string Render(LabPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        Line(text, "## Nodes");
        Line(text, "");
        Line(text, "| name | roles | ip | vm id | pve node | vCPU | memory MiB | disk GiB |");
        Line(text, "| --- | --- | --- | ---: | --- | ---: | ---: | ---: |");
        foreach (var node in plan.Nodes)
        {
            Line(text, Row(node.Name, node.Roles.Describe(), node.Ip, Number(node.VmId), node.PveNode,
                Number(node.Cores), Number(node.MemoryMiB), Number(node.DiskGiB)));
        }

        Line(text, "");
        Line(text, "## Reserved");
        Line(text, "");
        Line(text, "| roles | nodes | vCPU | memory MiB | memory GiB | disk GiB |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var totals in plan.ByRole.Append(plan.Overall))
        {
            Line(text, Row(totals.Group, Number(totals.Nodes), Number(totals.Cores), Number(totals.MemoryMiB),
                (totals.MemoryMiB / 1024.0).ToString("0.#", CultureInfo.InvariantCulture), Number(totals.DiskGiB)));
        }

        return text.ToString();
    }

    private static string Row(params string[] cells) => $"| {string.Join(" | ", cells)} |";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
