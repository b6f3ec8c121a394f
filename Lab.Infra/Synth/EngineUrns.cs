using Pulumi;
using Pulumi.Utilities;

namespace Lab.Infra.Synth;

/// <summary>
/// The URNs a real deployment records, as <c>pulumi preview</c> and <c>pulumi stack export</c> show them:
/// <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;types of the parents, outermost first&gt;$&lt;type&gt;::&lt;name&gt;</c>,
/// where the stack itself is left out of the chain. Mock engines spell URNs their own way (the real SDK's qualifies
/// every type with <c>pulumi:pulumi:Stack</c> only), so synth computes these from types, names and parents and
/// maps every URN a mock handed out to them.
/// </summary>
internal sealed class EngineUrns
{
    private readonly Dictionary<string, string> _byMockUrn;

    private EngineUrns(Dictionary<string, string> byMockUrn) => _byMockUrn = byMockUrn;

    public static async Task<EngineUrns> OfAsync(Stack stack, IReadOnlyList<RecordedResource> recorded)
    {
        var stackUrn = await OutputUtilities.GetValueAsync(stack.Urn).ConfigureAwait(false);
        // urn:pulumi:<stack>::<project>::pulumi:pulumi:Stack::<project>-<stack>
        var prefix = stackUrn[..stackUrn.IndexOf("::pulumi:pulumi:Stack::", StringComparison.Ordinal)];
        var chains = new Dictionary<Resource, string>();
        var byMockUrn = new Dictionary<string, string>(StringComparer.Ordinal) { [stackUrn] = stackUrn };
        // Creation order puts a parent before its children.
        foreach (var (resource, _, options) in recorded.Where(r => r.Resource is not Stack))
        {
            var type = resource.GetResourceType();
            var chain = options.Parent is { } parent and not Stack && chains.TryGetValue(parent, out var parentChain)
                ? $"{parentChain}${type}"
                : type;
            chains[resource] = chain;
            var mockUrn = await OutputUtilities.GetValueAsync(resource.Urn).ConfigureAwait(false);
            byMockUrn[mockUrn] = $"{prefix}::{chain}::{resource.GetResourceName()}";
        }
        return new EngineUrns(byMockUrn);
    }

    /// <summary>The engine's URN for a URN a mock engine gave; one synth did not record is kept as it is.</summary>
    public string Of(string mockUrn) => _byMockUrn.GetValueOrDefault(mockUrn, mockUrn);
}
