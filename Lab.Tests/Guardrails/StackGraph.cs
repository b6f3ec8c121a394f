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

    /// <summary>The stack's synth result: resources in creation order, outputs and the hosts' files.</summary>
    internal static async Task<SynthResult> OfAsync(string stack)
    {
        // One render at a time: synth runs the program under Deployment.TestAsync and sets PULUMI_CONFIG.
        await Gate.WaitAsync();
        try
        {
            if (!Rendered.TryGetValue(stack, out var result))
            {
                result = await SynthCommand.RenderAsync(ProjectConfig.Load(RepoFiles.Root, stack), stack);
                Rendered[stack] = result;
            }
            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The resources whose type token belongs to <paramref name="package"/> (e.g. <c>proxmoxve</c>), providers excluded.</summary>
    internal static IEnumerable<SynthResource> OfPackage(this SynthResult result, string package) =>
        result.Resources.Where(r => r.Type.StartsWith(package + ":", StringComparison.Ordinal));
}
