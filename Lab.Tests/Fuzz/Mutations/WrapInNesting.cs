namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Puts a value one or more levels deeper: in a list, under a key <c>value</c>, or under its own key again (the
/// shape of a setting pasted into itself); <see cref="Depth"/> levels, each of the same kind. Past the reader's
/// bound on nesting (<c>SafeYaml.MaxDepth</c>, 32) the file is refused as a whole.
/// </summary>
public sealed record WrapInNesting(int Pick, int Kind, int Depth) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Sites(root).ToList(), Pick) is not { } site)
        {
            return root;
        }

        return FuzzTree.Update(root, site.Path, node =>
        {
            for (var level = 0; level < Depth; level++)
            {
                node = ((uint)Kind % 3) switch
                {
                    0 => new FuzzList([node]),
                    1 => new FuzzMap([new FuzzEntry("value", node)]),
                    _ => new FuzzMap([new FuzzEntry(site.Key ?? "config", node)]),
                };
            }

            return node;
        });
    }
}
