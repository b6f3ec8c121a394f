using System.Globalization;
using System.Text;
using Lab.Infra.Config;

namespace Lab.Infra.Synth;

/// <summary>
/// Writes a synth result as <c>resources.json</c>, <c>outputs.json</c>, <c>summary.md</c>, <c>topology.dot</c> and the
/// hosts' files under <c>files/</c>.
/// </summary>
internal static class SynthWriter
{
    public static void Write(string directory, SynthResult result, LabPlan plan, IReadOnlyList<string> warnings, string stack)
    {
        // Exactly these files, so that files a previous synth wrote and this one does not are not left behind.
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resources.json"] = ResourcesJson(result),
            ["outputs.json"] = OutputsJson(result),
            ["summary.md"] = Summary(result, plan, warnings, stack),
            ["topology.dot"] = TopologyDot.Render(result.Resources),
        };
        foreach (var file in result.Files)
        {
            // A component's path that would leave the folder is a bug; Inside throws before anything is written.
            _ = SynthOutputFolder.Inside(directory, Path.Combine("files", file.RelativePath));
            files[$"files/{file.RelativePath}"] = file.Content;
        }
        FolderSync.Write(directory, files);
    }

    public static string ResourcesJson(SynthResult result) => SynthJson.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var resource in result.Resources)
        {
            writer.WriteStartObject();
            writer.WriteString("type", resource.Type);
            writer.WriteString("name", resource.Name);
            writer.WriteString("urn", resource.Urn);
            writer.WriteString("parent", resource.Parent);
            if (resource.Provider is { } provider)
            {
                writer.WriteString("provider", provider);
            }
            writer.WritePropertyName("dependencies");
            SynthJson.WriteValue(writer, resource.Dependencies);
            writer.WritePropertyName("inputs");
            SynthJson.WriteValue(writer, resource.Inputs, resource.SecretInputs);
            if (SecretDigests.Of(resource) is { Count: > 0 } digests)
            {
                writer.WritePropertyName("secretDigests");
                SynthJson.WriteValue(writer, digests);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    });

    public static string OutputsJson(SynthResult result) => SynthJson.Write(writer =>
    {
        writer.WriteStartObject();
        foreach (var (name, output) in result.Outputs)
        {
            writer.WritePropertyName(name);
            if (output.IsSecret)
            {
                writer.WriteStringValue(SynthJson.Secret);
            }
            else
            {
                SynthJson.WriteValue(writer, output.Value);
            }
        }
        writer.WriteEndObject();
    });

    /// <summary>
    /// When the certificates the lab CA signs expire and what renews them. All are issued by one <c>up</c>, so the
    /// earliest expiry is the shortest validity after that <c>up</c>; the stack state has the exact time of each.
    /// Agents' certificates are told apart from the rest (the edge's origin, a job's), because only the agents restart.
    /// </summary>
    private static string CertificateRule(SynthResult result)
    {
        var certs = result.Resources.Where(r => r.Type == "tls:index/locallySignedCert:LocallySignedCert").ToList();
        if (certs.Count == 0)
        {
            return "";
        }
        var others = certs.Where(c => !IsAgentCertificate(c)).Select(c => $"`{c.Name}`").ToList();
        var kinds = others.Count == 0
            ? "all for agents"
            : $"{certs.Count - others.Count} for agents, {others.Count} other: {string.Join(", ", others)}";
        var validity = certs.Min(c => Convert.ToInt32(c.Inputs["validityPeriodHours"], CultureInfo.InvariantCulture));
        var renewal = certs.Min(c => Convert.ToInt32(c.Inputs["earlyRenewalHours"], CultureInfo.InvariantCulture));
        return string.Create(CultureInfo.InvariantCulture,
            $"\nCertificates: {certs.Count} signed by the lab CA ({kinds}); the earliest expires {validity} h ({validity / 24} days) after the `up` that issued it "
            + $"(`validity_end_time` of the `*-cert` resources in the state). Renewal: the first `pulumi up` in the last {renewal} h "
            + $"({renewal / 24} days) re-issues them; the servers restart one at a time, the clients together; run `pulumi up` at least every "
            + $"{(validity - renewal) / 24} days.\n");
    }

    /// <summary>A certificate of a node's agents: its parent is the server cluster or the client pool.</summary>
    private static bool IsAgentCertificate(SynthResource cert) =>
        cert.Parent is { } parent
        && (parent.Contains("homelab:index:NomadServerCluster::", StringComparison.Ordinal)
            || parent.Contains("homelab:index:ClientPool::", StringComparison.Ordinal));

    public static string Summary(SynthResult result, LabPlan plan, IReadOnlyList<string> warnings, string stack)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Synth of stack `{stack}`\n\n");
        foreach (var warning in warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"> warning: {warning}\n");
        }
        text.Append(warnings.Count > 0 ? "\n" : "");
        text.Append(PlanSummary.Render(plan));
        text.Append("\n## Resources\n\n| type | count |\n| --- | ---: |\n");
        foreach (var group in result.Resources.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{group.Key}` | {group.Count()} |\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"| **total** | **{result.Resources.Count}** |\n");
        text.Append(CultureInfo.InvariantCulture, $"\nDeployment depth: {DeploymentDepth.Of(result.Resources)} (the longest chain of resources that wait for one another).\n");
        text.Append(CertificateRule(result));
        text.Append("\n## Files\n\n| host | files |\n| --- | ---: |\n");
        foreach (var host in result.Files.GroupBy(f => f.RelativePath[..f.RelativePath.IndexOf('/', StringComparison.Ordinal)]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {host.Key} | {host.Count()} |\n");
        }
        return text.ToString();
    }
}
