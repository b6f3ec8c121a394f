namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Replaces a value with flow collections nested <see cref="Depth"/> deep on one line (<c>[[[...]]]</c> or
/// <c>{a: {a: ...}}</c>), optionally left unclosed: what a recursive reader would overflow its stack on.
/// </summary>
public sealed record DeepFlowNesting(int Pick, int Depth, bool Maps, bool Unclosed) : TreeMutation
{
    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Children(root), Pick) is not { } site)
        {
            return root;
        }

        var open = string.Concat(Enumerable.Repeat(Maps ? "{a: " : "[", Depth));
        var close = Unclosed ? "" : new string(Maps ? '}' : ']', Depth);
        return FuzzTree.Update(root, site.Path, _ => new FuzzInline(open + "x" + close));
    }
}
