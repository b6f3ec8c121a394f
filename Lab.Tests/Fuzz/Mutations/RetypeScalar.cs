using System.Text.Json;

namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Gives a scalar another YAML type or shape built from its own value: quoted (a number becomes a string), in a list
/// or a map, tagged, repeated, as a block scalar. The value stays recognisable, as in a slip made while editing.
/// </summary>
public sealed record RetypeScalar(int Pick, int Shape) : TreeMutation
{
    private static readonly Func<string, string>[] Shapes =
    [
        v => JsonSerializer.Serialize(v),
        v => $"'{v.Replace("'", "''", StringComparison.Ordinal)}'",
        v => $"[{v}]",
        v => $"[{v}, {v}]",
        v => $"{{{v}: {v}}}",
        v => $"{{value: {v}}}",
        v => $"!!str {v}",
        v => $"!!int {v}",
        v => $"!!float {v}",
        v => $"!!bool {v}",
        v => $"!!null {v}",
        v => $"!!binary {v}",
        v => $"!!map {v}",
        v => $"!!seq {v}",
        v => $"!!timestamp {v}",
        v => $"!local {v}",
        v => $"!<tag:example.com,2026:x> {v}",
        v => $"{v} {v}",
        v => $"-{v}",
        v => $"{v}.5",
        v => $"{v}0000000000",
        v => $"0{v}",
        v => $"+{v}",
        v => v.ToUpperInvariant(),
        v => $"|\n{v}",
        v => $"|-\n{v}\n{v}",
        v => $">\n{v}\n\n{v}",
        v => $"\"{v}\\n\"",
        v => $"\"{v}\\t\\u0000\"",
        v => $"{v} # a comment",
        v => $"{v}#not-a-comment",
        v => $"{v}:",
        v => $"{v}: {v}",
        v => $"- {v}",
        v => $"? {v}",
        v => $"\"{v}",
        v => $"'{v}",
        v => $"{v}]",
        v => $"{v},",
        v => $"`{v}`",
        v => $"@{v}",
        v => $"%{v}",
    ];

    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Inlines(root), Pick) is not { } site)
        {
            return root;
        }

        var value = ((FuzzInline)site.Node).Yaml;
        return FuzzTree.Update(root, site.Path, node => node is FuzzInline inline
            ? inline with { Yaml = Shapes[(int)((uint)Shape % (uint)Shapes.Length)](value) }
            : node);
    }
}
