using System.Text.Json;

namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Misspells a key the ways people do: two letters swapped, one dropped or doubled, the case changed, snake or kebab
/// case, a plural's <c>s</c> added or lost, a Cyrillic letter that looks Latin, a space inside quotes; and for a
/// namespaced key (<c>homelab:domain</c>) the namespace misspelt, left out, doubled or another one.
/// </summary>
public sealed record MisspellKey(int Pick, int Kind, int Position) : TreeMutation
{
    private const int Kinds = 16;

    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Entries(root), Pick) is not { } site)
        {
            return root;
        }

        return FuzzTree.UpdateEntry(root, site.Path, entry => entry with { Key = Misspell(entry.Key) });
    }

    private string Misspell(string key)
    {
        var colon = key.LastIndexOf(':');
        var (space, name) = colon >= 0 ? (key[..(colon + 1)], key[(colon + 1)..]) : ("", key);
        if (name.Length == 0)
        {
            return key + "x";
        }

        var at = (int)((uint)Position % (uint)name.Length);
        return ((uint)Kind % Kinds) switch
        {
            0 when name.Length > 1 => space + Swap(name, Math.Min(at, name.Length - 2)),
            1 => space + name.Remove(at, 1),
            2 => space + name.Insert(at, name[at].ToString()),
            3 => space + char.ToUpperInvariant(name[0]) + name[1..],
            4 => space + name.ToUpperInvariant(),
            5 => space + string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())),
            6 => space + string.Concat(name.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())),
            7 => space + (name.EndsWith('s') ? name[..^1] : name + "s"),
            // A Cyrillic a (U+0430) or o (U+043E): the key looks the same in most fonts.
            8 => space + name.Replace('a', '\u0430').Replace('o', '\u043E'),
            9 => JsonSerializer.Serialize(key + " "),
            10 when space.Length > 1 => Swap(space[..^1], 0) + ":" + name,
            11 when space.Length > 0 => name,
            12 when space.Length > 0 => space + space + name,
            13 when space.Length > 0 => "pulumi:" + name,
            14 when space.Length > 0 => space.ToUpperInvariant() + name,
            15 => space + name + " ",
            _ => space + name + "x",
        };
    }

    private static string Swap(string text, int at) =>
        text.Length < 2 ? text : string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2));
}
