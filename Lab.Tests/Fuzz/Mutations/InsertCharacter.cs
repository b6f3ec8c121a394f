namespace Lab.Tests.Fuzz.Mutations;

/// <summary>Inserts one character that means something to YAML, or should not be in a text file, somewhere in the file.</summary>
public sealed record InsertCharacter(int Position, int Character) : TextMutation
{
    private const string Characters = "&*!|>%@`#,[]{}:-?'\"\t\r\0\u0001\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\ufffd\uffff\\";

    public override string Apply(string text) =>
        text.Insert(Choose(text.Length + 1, Position), Characters[Choose(Characters.Length, Character)].ToString());
}
