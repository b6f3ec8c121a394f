using CsCheck;
using Lab.Tests.Fuzz.Mutations;

namespace Lab.Tests.Fuzz;

/// <summary>
/// CsCheck generators of <see cref="FuzzCase"/>s. The weights favour the small, plausible slips (a retyped or odd
/// value, a deleted, misspelt or moved key) over the exotic ones (huge values, deep nesting, alias bombs), which
/// are each refused in one place and need only a few cases to show it.
/// </summary>
public static class StackFileGen
{
    private static readonly Gen<int> AnyNumber = Gen.Int[0, int.MaxValue];

    // Mostly an alias after its anchor, as people write them; sometimes before it, which must be refused.
    private static readonly Gen<bool> Forward = Gen.Frequency<bool>((4, Gen.Const(true)), (1, Gen.Const(false)));

    public static readonly Gen<TreeMutation> TreeMutation = Gen.Frequency<TreeMutation>(
        (6, Gen.Select(AnyNumber, AnyNumber, (pick, shape) => (TreeMutation)new RetypeScalar(pick, shape))),
        (6, Gen.Select(AnyNumber, AnyNumber, (pick, value) => (TreeMutation)new ReplaceScalar(pick, value))),
        (1, Gen.Select(AnyNumber, Gen.OneOf(300, 5_000, 100_000, 1_100_000), AnyNumber, (pick, length, style) => (TreeMutation)new HugeScalar(pick, length, style))),
        (3, Gen.Select(AnyNumber, AnyNumber, Gen.Frequency<int>((8, Gen.Int[1, 3]), (1, Gen.Int[28, 40])), (pick, kind, depth) => (TreeMutation)new WrapInNesting(pick, kind, depth))),
        (1, Gen.Select(AnyNumber, Gen.Int[1, 300], Gen.Bool, Gen.Bool, (pick, depth, maps, unclosed) => (TreeMutation)new DeepFlowNesting(pick, depth, maps, unclosed))),
        (5, AnyNumber.Select(pick => (TreeMutation)new DeleteNode(pick))),
        (3, Gen.Select(AnyNumber, Gen.Bool, AnyNumber, (pick, other, value) => (TreeMutation)new DuplicateEntry(pick, other, value))),
        (6, Gen.Select(AnyNumber, AnyNumber, AnyNumber, (pick, kind, position) => (TreeMutation)new MisspellKey(pick, kind, position))),
        (3, Gen.Select(AnyNumber, AnyNumber, Gen.Int[0, 40], (pick, destination, index) => (TreeMutation)new MoveEntry(pick, destination, index))),
        (3, Gen.Select(AnyNumber, Gen.Int[0, 40], AnyNumber, Gen.Bool, AnyNumber, (destination, index, key, copy, value) => (TreeMutation)new AddEntry(destination, index, key, copy, value))),
        (3, Gen.Select(AnyNumber, AnyNumber, Forward, (anchored, aliased, forward) => (TreeMutation)new AnchorAndAlias(anchored, aliased, forward))),
        (2, Gen.Select(AnyNumber, AnyNumber, Forward, (source, destination, forward) => (TreeMutation)new MergeKey(source, destination, forward))),
        (1, Gen.Select(AnyNumber, Gen.Int[1, 12], Gen.Int[1, 12], (destination, depth, width) => (TreeMutation)new AliasBomb(destination, depth, width))),
        (3, Gen.Select(AnyNumber, AnyNumber, (pick, kind) => (TreeMutation)new ComplexKey(pick, kind))),
        (2, Gen.Select(AnyNumber, AnyNumber, (pick, kind) => (TreeMutation)new SecretShape(pick, kind))),
        (2, Gen.Select(AnyNumber, AnyNumber, (first, second) => (TreeMutation)new SwapValues(first, second))),
        (2, Gen.Select(AnyNumber, Gen.Bool, (pick, keep) => (TreeMutation)new FlattenKey(pick, keep))));

    public static readonly Gen<TextMutation> TextMutation = Gen.Frequency<TextMutation>(
        (2, AnyNumber.Select(kind => (TextMutation)new ExtraDocument(kind))),
        (2, Gen.Select(AnyNumber, AnyNumber, (line, kind) => (TextMutation)new TabIndent(line, kind))),
        (4, Gen.Select(AnyNumber, AnyNumber, (line, kind) => (TextMutation)new BreakLine(line, kind))),
        (3, Gen.Select(AnyNumber, AnyNumber, (position, character) => (TextMutation)new InsertCharacter(position, character))),
        (2, AnyNumber.Select(kind => (TextMutation)new LineEndings(kind))),
        (1, AnyNumber.Select(position => (TextMutation)new Truncate(position))));

    /// <summary>
    /// A case: one tree mutation in half the cases, two to four in the others (a single slip reaches the rules
    /// behind the reader more often; several mix); and in one case out of five one or two text mutations as well.
    /// </summary>
    public static readonly Gen<FuzzCase> Case = Gen.Select(
        Gen.OneOf(CommittedStacks.Names.ToArray()),
        Gen.Frequency<TreeMutation[]>((5, TreeMutation.Array[1]), (3, TreeMutation.Array[2]), (2, TreeMutation.Array[3, 4])),
        Gen.Frequency<TextMutation[]>((4, Gen.Const(Array.Empty<TextMutation>())), (1, TextMutation.Array[1, 2])),
        (stack, tree, text) => new FuzzCase(stack, [.. tree], [.. text]));

    /// <summary>
    /// Case <paramref name="index"/> of the run with <paramref name="seed"/>: each case has a generator of its own,
    /// so that one case is reproduced without generating the cases before it.
    /// </summary>
    public static FuzzCase Generate(ulong seed, int index) =>
        Case.Generate(new PCG((uint)index, Mix(seed + (ulong)index)), null, out _);

    // SplitMix64's finalizer: neighbouring indexes get unrelated generator seeds.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}
