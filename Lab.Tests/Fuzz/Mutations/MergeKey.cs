namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Anchors a map and merges it into another with YAML 1.1's merge key (<c>&lt;&lt;: *name</c>), the usual way to share
/// settings between roles; or merges a value that is not a map. <see cref="Forward"/> puts the merge after the
/// anchored node, where the alias is defined.
/// </summary>
public sealed record MergeKey(int Source, int Destination, bool Forward) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        var sites = FuzzTree.Sites(root).ToList();
        if (FuzzTree.Pick(sites, Source) is not { } source
            || FuzzTree.Pick(Forward ? [.. FuzzTree.After(root, source).Where(s => s.Node is FuzzMap)] : FuzzTree.Maps(root), Destination) is not { } destination)
        {
            return root;
        }

        var name = source.Node.Anchor ?? $"m{sites.Count(s => s.Node.Anchor is not null)}";
        var withAnchor = FuzzTree.Update(root, source.Path, node => node with { Anchor = name });
        return FuzzTree.Insert(withAnchor, destination.Path, 0, new FuzzEntry("<<", new FuzzInline($"*{name}")));
    }
}
