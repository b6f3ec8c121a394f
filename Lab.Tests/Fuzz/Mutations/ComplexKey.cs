using System.Text.Json;

namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Replaces a key with one that is not a plain name: a flow list or map (<c>? [a, b]</c>), a block scalar, an empty
/// or null key, a number or boolean, a name thousands of characters long, the same name quoted, tagged, anchored or as an explicit key, or an alias.
/// Some of these read as the same name and must behave exactly as it does.
/// </summary>
public sealed record ComplexKey(int Pick, int Kind) : TreeMutation
{
    private static readonly Func<string, string>[] Kinds =
    [
        _ => "? [a, b]",
        _ => "[a, b]",
        _ => "{a: b}",
        _ => "? {a: [b]}",
        k => $"? |\n{k}",
        k => $"? - {k}\n- {k}",
        _ => "\"\"",
        _ => "''",
        _ => "~",
        _ => "null",
        _ => "? ",
        _ => "123",
        _ => "true",
        _ => "1.5",
        k => JsonSerializer.Serialize(k),
        k => $"'{k}'",
        k => $"? {k}",
        k => $"!!str {k}",
        k => $"!!int {k}",
        k => $"&key {k}",
        _ => "*key",
        _ => "*undefined",
        k => $"{k} # comment",
        k => $"{k}\t",
        k => $"\"{k}\\n\"",
        k => k + string.Concat(Enumerable.Repeat("-and-more", 600)),
    ];

    public override FuzzNode Apply(FuzzNode root) =>
        FuzzTree.Pick(FuzzTree.Entries(root), Pick) is { } site
            ? FuzzTree.UpdateEntry(root, site.Path, entry => entry with { Key = Kinds[(int)((uint)Kind % (uint)Kinds.Length)](entry.Key) })
            : root;
}
