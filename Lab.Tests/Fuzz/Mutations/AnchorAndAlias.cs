namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Anchors a node (<c>&amp;name</c>) and replaces another with an alias to it (<c>*name</c>). The alias may come
/// before its anchor (undefined) or inside the anchored node (a cycle), which a reader must refuse rather than
/// loop on; <see cref="Forward"/> puts it after the anchored node, where it stands for a copy of the node.
/// </summary>
public sealed record AnchorAndAlias(int Anchored, int Aliased, bool Forward) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        var sites = FuzzTree.Sites(root).ToList();
        if (FuzzTree.Pick(sites, Anchored) is not { } anchored
            || FuzzTree.Pick(Forward ? FuzzTree.After(root, anchored) : FuzzTree.Children(root), Aliased) is not { } aliased)
        {
            return root;
        }

        var name = anchored.Node.Anchor ?? $"a{sites.Count(s => s.Node.Anchor is not null)}";
        var withAnchor = FuzzTree.Update(root, anchored.Path, node => node with { Anchor = name });
        return FuzzTree.Update(withAnchor, aliased.Path, _ => new FuzzInline($"*{name}"));
    }
}
