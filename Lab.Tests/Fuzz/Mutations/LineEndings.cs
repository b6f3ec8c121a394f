namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Changes how the file's lines end or how it starts: CRLF (a file saved on Windows), CR alone, CRLF in half of it,
/// a byte-order mark, no final newline, a trailing NUL, or Unicode's line and paragraph separators and NEL.
/// </summary>
public sealed record LineEndings(int Kind) : TextMutation
{
    public override string Apply(string text) => ((uint)Kind % 9) switch
    {
        0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        1 => text.Replace("\n", "\r", StringComparison.Ordinal),
        2 => text[..(text.Length / 2)].Replace("\n", "\r\n", StringComparison.Ordinal) + text[(text.Length / 2)..],
        3 => "\ufeff" + text,
        4 => text.TrimEnd('\n'),
        5 => text + "\0",
        6 => text.Replace("\n", "\u2028", StringComparison.Ordinal),
        7 => text.Replace("\n", "\u0085", StringComparison.Ordinal),
        _ => text.Replace("\n", "\u2029", StringComparison.Ordinal),
    };
}
