using Lab.Infra.Synth;
using Lab.Tests.Support;

namespace Lab.Tests.Guardrails;

/// <summary>
/// The resource graph of a committed stack (<c>Pulumi.&lt;stack&gt;.yaml</c> over the <c>Pulumi.yaml</c> defaults),
/// rendered under synth's mocks exactly as <c>synth</c> renders it. The guardrail tests assert what providers and agents
/// really require over it: CrossGuard policies cannot be written in .NET. Each stack is rendered once per test run.
/// </summary>
public static class StackGraph
{
    /// <summary>The committed stacks every guardrail holds for.</summary>
    public static readonly string[] Stacks = ["lab", "dev"];

    private static readonly Dictionary<string, SynthResult> Rendered = [];
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// The committed stacks, and each with monitoring on (<c>&lt;stack&gt;+monitoring</c>): both commit it off, and the
    /// monitoring jobs are the ones that reach into the host.
    /// </summary>
    public static readonly string[] StacksWithMonitoring = [.. Stacks, .. Stacks.Select(s => s + MonitoringSuffix)];

    private const string MonitoringSuffix = "+monitoring";

    /// <summary>The stack's synth result: resources in creation order, outputs and the hosts' files.</summary>
    internal static async Task<SynthResult> OfAsync(string stack)
    {
        // One render at a time: synth runs the program under Deployment.TestAsync and sets PULUMI_CONFIG.
        await Gate.WaitAsync();
        try
        {
            if (!Rendered.TryGetValue(stack, out var result))
            {
                result = stack.EndsWith(MonitoringSuffix, StringComparison.Ordinal)
                    ? await SynthCommand.RenderAsync(WithMonitoring(ProjectConfig.Load(RepoFiles.Root, stack[..^MonitoringSuffix.Length])), stack[..^MonitoringSuffix.Length])
                    : await SynthCommand.RenderAsync(ProjectConfig.Load(RepoFiles.Root, stack), stack);
                Rendered[stack] = result;
            }
            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static ProjectConfig WithMonitoring(ProjectConfig config)
    {
        var features = System.Text.Json.Nodes.JsonNode.Parse(config.Values["homelab:features"])!.AsObject();
        features["monitoring"] = true;
        return config with { Values = config.Values.SetItem("homelab:features", features.ToJsonString()) };
    }

    /// <summary>The resources whose type token belongs to <paramref name="package"/> (e.g. <c>proxmoxve</c>), providers excluded.</summary>
    internal static IEnumerable<SynthResource> OfPackage(this SynthResult result, string package) =>
        result.Resources.Where(r => r.Type.StartsWith(package + ":", StringComparison.Ordinal));
}
