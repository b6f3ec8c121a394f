using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>One resource of a synth folder's <c>resources.json</c>, as <c>synth diff</c> compares it.</summary>
/// <param name="Urn">Its URN, the key two synths are matched by.</param>
/// <param name="Type">Its type token.</param>
/// <param name="Name">Its logical name.</param>
/// <param name="Dependencies">The URNs of the resources it waits for.</param>
/// <param name="Inputs">Its inputs, secrets written as <c>[secret]</c>.</param>
/// <param name="SecretDigests">A digest of each secret input by its path (see <see cref="SecretDigests"/>).</param>
internal sealed record SnapshotResource(
    string Urn,
    string Type,
    string Name,
    IReadOnlyList<string> Dependencies,
    JsonObject Inputs,
    IReadOnlyDictionary<string, string> SecretDigests);

/// <summary>What one synth folder holds: resources in creation order, stack outputs and every host's files.</summary>
/// <param name="Resources">The resources in the order synth wrote them.</param>
/// <param name="Outputs">The stack outputs (<c>outputs.json</c>).</param>
/// <param name="Files">Every file under <c>files/</c> by its path there (<c>&lt;host&gt;/&lt;path&gt;</c>).</param>
internal sealed record SynthSnapshot(
    IReadOnlyList<SnapshotResource> Resources,
    JsonObject Outputs,
    IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The hosts that have files: the first folder of each file's path.</summary>
    public IEnumerable<string> Hosts => Files.Keys.Select(HostOf).Distinct(StringComparer.Ordinal);

    /// <summary>The host a file of <see cref="Files"/> lands on.</summary>
    public static string HostOf(string filePath) => filePath[..Math.Max(0, filePath.IndexOf('/', StringComparison.Ordinal))];
}
