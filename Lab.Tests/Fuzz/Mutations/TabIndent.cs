namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Puts a tab into a line's indentation (YAML forbids tabs there), between the indentation and the key, or after
/// a key's colon (where YAML allows it).
/// </summary>
public sealed record TabIndent(int Line, int Kind) : TextMutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Choose(lines.Count, Line);
        var line = lines[at];
        var indent = line.Length - line.TrimStart(' ').Length;
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        lines[at] = ((uint)Kind % 4) switch
        {
            0 => new string('\t', Math.Max(1, indent / 2)) + line.TrimStart(' '),
            1 => line[..indent] + "\t" + line[indent..],
            2 when colon >= 0 => line[..(colon + 1)] + "\t" + line[(colon + 2)..],
            _ => line + "\t",
        };
        return string.Join('\n', lines);
    }
}
