namespace Lab.Tests.Fuzz.Mutations;

/// <summary>Cuts the file off somewhere, as an interrupted write or a bad copy and paste leaves it.</summary>
public sealed record Truncate(int Position) : TextMutation
{
    public override string Apply(string text) => text[..Choose(text.Length + 1, Position)];
}
