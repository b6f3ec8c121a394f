namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// A change to the text of a stack file after its tree is written: what no tree can express (tabs, broken syntax,
/// a second document, odd line endings, a cut-off file). Like <see cref="TreeMutation"/>, it holds only numbers.
/// </summary>
public abstract record TextMutation
{
    public abstract string Apply(string text);

    /// <summary>The text's lines without their line breaks, for mutations that work line by line.</summary>
    protected static List<string> Lines(string text) => [.. text.Split('\n')];

    protected static int Choose(int count, int pick) => count == 0 ? 0 : (int)((uint)pick % (uint)count);
}
