using System.Collections.Immutable;
using Lab.Tests.Fuzz.Mutations;

namespace Lab.Tests.Fuzz;

/// <summary>One generated input: a committed stack file, changed by tree mutations and then by text mutations, in order.</summary>
public sealed record FuzzCase(string Stack, ImmutableArray<TreeMutation> Tree, ImmutableArray<TextMutation> Text)
{
    /// <summary>The stack file's text.</summary>
    public string Render()
    {
        var tree = Tree.Aggregate(CommittedStacks.Tree(Stack), (node, mutation) => mutation.Apply(node));
        return Text.Aggregate(FuzzYamlWriter.Write(tree), (text, mutation) => mutation.Apply(text));
    }

    /// <summary>The cases with one mutation fewer, the last ones first: what shrinking a failure tries.</summary>
    public IEnumerable<FuzzCase> WithOneMutationFewer()
    {
        for (var i = Text.Length - 1; i >= 0; i--)
        {
            yield return this with { Text = Text.RemoveAt(i) };
        }

        for (var i = Tree.Length - 1; i >= 0; i--)
        {
            yield return this with { Tree = Tree.RemoveAt(i) };
        }
    }

    public override string ToString() =>
        $"Pulumi.{Stack}.yaml with [{string.Join(", ", Tree)}] then [{string.Join(", ", Text)}]";
}
