namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Writes a nested setting as one key in Pulumi's path syntax at the level of its top key
/// (<c>homelab:servers.count: 3</c> or <c>homelab:jobs[0]: fabio</c>), as if `pulumi config set --path` were typed
/// into the file; the nested original is kept or removed.
/// </summary>
public sealed record FlattenKey(int Pick, bool KeepOriginal) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        var nested = FuzzTree.Children(root).Where(s => s.Path.Length >= 3).ToList();
        if (FuzzTree.Pick(nested, Pick) is not { } site || FuzzTree.NodeAt(root, site.Path[..1]) is not FuzzMap)
        {
            return root;
        }

        // The path below the top key: .name for a map entry, [i] for a list item.
        var top = site.Path[..2];
        var key = FuzzTree.EntryAt(root, top).Key;
        for (var depth = 2; depth < site.Path.Length; depth++)
        {
            key += FuzzTree.NodeAt(root, site.Path[..depth]) is FuzzMap map ? "." + map.Entries[site.Path[depth]].Key : $"[{site.Path[depth]}]";
        }

        var changed = KeepOriginal ? root : FuzzTree.Remove(root, site.Path);
        return FuzzTree.Insert(changed, top[..1], top[1] + 1, new FuzzEntry(key, site.Node with { Anchor = null }));
    }
}
