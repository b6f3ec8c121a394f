namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Adds document markers and directives: a second document (the Pulumi CLI reads only the first, so a reader must
/// refuse it rather than drop it silently), an end marker, a start marker, <c>%YAML</c> and <c>%TAG</c> directives.
/// </summary>
public sealed record ExtraDocument(int Kind) : TextMutation
{
    private static readonly (string Before, string After)[] Kinds =
    [
        ("", "---\nconfig:\n  homelab:domain: second.example.com\n"),
        ("", "---\n"),
        ("", "...\n"),
        ("", "...\n---\nconfig: {}\n"),
        ("---\n", ""),
        ("--- !!map\n", ""),
        ("--- |\n", ""),
        ("%YAML 1.2\n---\n", ""),
        ("%YAML 1.1\n---\n", ""),
        ("%YAML 1.1\n%YAML 1.1\n---\n", ""),
        ("%YAML 2.0\n---\n", ""),
        ("%TAG ! tag:example.com,2026:\n---\n", ""),
        ("%FOO bar\n---\n", ""),
        ("%YAML 1.2\n", ""),
        ("", "--- second\n"),
        ("", "---\n---\n---\n"),
    ];

    public override string Apply(string text)
    {
        var (before, after) = Kinds[Choose(Kinds.Length, Kind)];
        return before + text + after;
    }
}
