namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Adds a key from <see cref="PlausibleKeys"/> to some map, with a value copied from another node of the file or
/// one of <see cref="OddScalars"/>.
/// </summary>
public sealed record AddEntry(int Destination, int Index, int Key, bool CopyValue, int ValuePick) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Maps(root), Destination) is not { } map)
        {
            return root;
        }

        var value = CopyValue && FuzzTree.Pick(FuzzTree.Children(root), ValuePick) is { } copied
            ? copied.Node with { Anchor = null }
            : new FuzzInline(OddScalars.All[(int)((uint)ValuePick % (uint)OddScalars.All.Count)]);
        var key = PlausibleKeys.All[(int)((uint)Key % (uint)PlausibleKeys.All.Count)];
        return FuzzTree.Insert(root, map.Path, Index, new FuzzEntry(key, value));
    }
}
