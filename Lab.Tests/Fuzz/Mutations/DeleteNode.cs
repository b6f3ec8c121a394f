namespace Lab.Tests.Fuzz.Mutations;

/// <summary>Deletes a key with its value, or an item of a list, at any depth (<c>config:</c> itself included).</summary>
public sealed record DeleteNode(int Pick) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root) =>
        FuzzTree.Pick(FuzzTree.Children(root), Pick) is { } site ? FuzzTree.Remove(root, site.Path) : root;
}
