namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Breaks one line the way an editor slip does: an unclosed bracket or quote, a colon removed or added, the
/// indentation off by one, the line doubled, deleted or joined with the next, a stray dash, anchor, alias or tag.
/// </summary>
public sealed record BreakLine(int Line, int Kind) : TextMutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Choose(lines.Count, Line);
        var line = lines[at];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        switch ((uint)Kind % 18)
        {
            case 0: lines[at] = line + " ["; break;
            case 1: lines[at] = line + " {"; break;
            case 2: lines[at] = line + " \""; break;
            case 3: lines[at] = line + " '"; break;
            case 4: lines[at] = line + ": x"; break;
            case 5 when colon >= 0: lines[at] = line.Remove(colon, 1); break;
            case 6 when line.StartsWith(' '): lines[at] = line[1..]; break;
            case 7: lines[at] = " " + line; break;
            case 8: lines.Insert(at, line); break;
            case 9: lines.RemoveAt(at); break;
            case 10 when at + 1 < lines.Count: lines[at] = line + " " + lines[at + 1].TrimStart(); lines.RemoveAt(at + 1); break;
            case 11: lines[at] = line + " - x"; break;
            case 12: lines[at] = "- " + line; break;
            case 13: lines[at] = line + " &"; break;
            case 14: lines[at] = line + " *"; break;
            case 15: lines[at] = line + " !"; break;
            case 16: lines[at] = line + " |"; break;
            default: lines[at] = line + "  ? "; break;
        }

        return string.Join('\n', lines);
    }
}
