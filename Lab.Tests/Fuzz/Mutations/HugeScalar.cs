using System.Text;

namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Replaces a value with a very long one: plain, double-quoted with escapes, or a block scalar of many lines. The
/// longest lengths pass the reader's bound on a file's size (<c>SafeYaml.MaxCharacters</c>, 1 Mi characters).
/// </summary>
public sealed record HugeScalar(int Pick, int Length, int Style) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Children(root), Pick) is not { } site)
        {
            return root;
        }

        var text = new StringBuilder(Length + 16);
        switch ((uint)Style % 4)
        {
            case 0:
                text.Append('x', Length);
                break;
            case 1:
                text.Append('"').Insert(1, "\\u00e9", Math.Max(1, Length / 6)).Append('"');
                break;
            case 2:
                text.Append("|\n").Insert(2, "line of a block scalar\n", Math.Max(1, Length / 23));
                break;
            default:
                // One long word of a DNS name's letters: what a value checked against a pattern meets.
                text.Insert(0, "a.", Math.Max(1, Length / 2)).Append("example.com");
                break;
        }

        return FuzzTree.Update(root, site.Path, _ => new FuzzInline(text.ToString().TrimEnd('\n')));
    }
}
