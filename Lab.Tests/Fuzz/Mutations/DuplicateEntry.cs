namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Writes a key a second time right after itself, with its own value or, when <see cref="OtherValue"/> is set, with
/// the value of another node: a key added twice while editing, the second copy different or not.
/// </summary>
public sealed record DuplicateEntry(int Pick, bool OtherValue, int ValuePick) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Entries(root), Pick) is not { } site)
        {
            return root;
        }

        var value = OtherValue && FuzzTree.Pick(FuzzTree.Children(root), ValuePick) is { } other ? other.Node with { Anchor = null } : site.Node with { Anchor = null };
        return FuzzTree.Insert(root, site.ParentPath, site.Index + 1, new FuzzEntry(site.Key!, value));
    }
}
