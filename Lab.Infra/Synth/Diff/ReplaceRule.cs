using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Which changed inputs make a provider replace a resource of one type instead of updating it in place.
/// </summary>
/// <param name="Type">The resource type token.</param>
/// <param name="Inputs">Input path patterns (Pulumi names, array indices as <c>[]</c>); a pattern covers the paths below
/// it, and <c>*</c> covers every input.</param>
/// <param name="Source">Where the provider documents it: its schema or source file and the version read.</param>
/// <param name="Custom">A rule that needs both sides' inputs (base, head) to decide; it returns the reason for a
/// replacement, or null.</param>
internal sealed record ReplaceRule(string Type, IReadOnlyList<string> Inputs, string Source, Func<JsonObject, JsonObject, string?>? Custom = null)
{
    /// <summary>Whether a change of the input at <paramref name="path"/> replaces the resource.</summary>
    public bool Covers(string path)
    {
        var pattern = InputChange.PatternOf(path);
        return Inputs.Any(p => p == "*" || pattern == p
            || (pattern.StartsWith(p, StringComparison.Ordinal) && pattern[p.Length] is '.' or '['));
    }
}
