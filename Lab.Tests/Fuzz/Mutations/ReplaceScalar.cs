namespace Lab.Tests.Fuzz.Mutations;

/// <summary>Replaces a scalar (or the value of any key) with one of <see cref="OddScalars"/>.</summary>
public sealed record ReplaceScalar(int Pick, int Value) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Children(root), Pick) is not { } site)
        {
            return root;
        }

        var odd = OddScalars.All[(int)((uint)Value % (uint)OddScalars.All.Count)];
        return FuzzTree.Update(root, site.Path, _ => new FuzzInline(odd));
    }
}
