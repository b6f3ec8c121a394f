namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Inserts a "billion laughs" chain into a map: <see cref="Depth"/> keys, each a list of <see cref="Width"/> aliases
/// to the one before, so that a few lines stand for Width^Depth scalars once expanded. Small chains are harmless
/// unknown keys; large ones must be refused before they are expanded (<c>SafeYaml.MaxExpandedNodes</c>).
/// </summary>
public sealed record AliasBomb(int Destination, int Depth, int Width) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        // The config map when there is one, so the chain's keys are read as settings too.
        var maps = FuzzTree.Maps(root);
        if (FuzzTree.Pick(maps, Destination) is not { } map)
        {
            return root;
        }

        var entries = new List<FuzzEntry> { new("homelab:lol0", new FuzzInline($"[{string.Join(", ", Enumerable.Repeat("lol", Width))}]") { Anchor = "lol0" }) };
        for (var level = 1; level < Depth; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat($"*lol{level - 1}", Width));
            entries.Add(new FuzzEntry($"homelab:lol{level}", new FuzzInline($"[{aliases}]") { Anchor = $"lol{level}" }));
        }

        return FuzzTree.Insert(root, map.Path, 0, entries);
    }
}
