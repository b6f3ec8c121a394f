namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Moves a key with its value into another map (the top level of the file included, outside <c>config:</c>): a
/// setting indented one level too little or too much, or pasted under the wrong parent.
/// </summary>
public sealed record MoveEntry(int Pick, int Destination, int Index) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Entries(root), Pick) is not { } site)
        {
            return root;
        }

        var entry = FuzzTree.EntryAt(root, site.Path);
        var without = FuzzTree.Remove(root, site.Path);
        return FuzzTree.Pick(FuzzTree.Maps(without), Destination) is { } map
            ? FuzzTree.Insert(without, map.Path, Index, entry)
            : root;
    }
}
