namespace Lab.Tests.Fuzz.Mutations;

/// <summary>Swaps the values of two keys: each value is plausible, just not for the key it now has.</summary>
public sealed record SwapValues(int First, int Second) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        var entries = FuzzTree.Entries(root);
        if (FuzzTree.Pick(entries, First) is not { } first || FuzzTree.Pick(entries, Second) is not { } second
            || FuzzTree.IsWithin(first, second) || FuzzTree.IsWithin(second, first))
        {
            return root;
        }

        var swapped = FuzzTree.Update(root, first.Path, _ => second.Node);
        return FuzzTree.Update(swapped, second.Path, _ => first.Node);
    }

}
