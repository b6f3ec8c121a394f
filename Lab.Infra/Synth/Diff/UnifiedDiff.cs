using System.Globalization;
using System.Text;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// A unified diff of two texts by lines (a longest common subsequence, then hunks with three lines of context), as
/// <c>diff -u</c> prints it. Rendered files are small; texts past <see cref="MaxCells"/> compared lines are reported by
/// their sizes instead.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The most line pairs compared (the table is lines(a) × lines(b)).</summary>
    public const long MaxCells = 4_000_000;

    /// <summary>The hunks turning <paramref name="before"/> into <paramref name="after"/>; empty when they are equal.</summary>
    public static string Render(string before, string after, string beforeLabel, string afterLabel)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
        {
            return "";
        }
        var a = Lines(before);
        var b = Lines(after);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"--- {beforeLabel}\n+++ {afterLabel}\n");
        if ((long)a.Length * b.Length > MaxCells)
        {
            return text.Append(CultureInfo.InvariantCulture, $"@@ too large to compare here: {a.Length} lines before, {b.Length} after @@\n").ToString();
        }

        var edits = Edits(a, b);
        for (var start = 0; start < edits.Count;)
        {
            // A hunk runs from the first change to the last one closer than two contexts to the next.
            var first = edits.FindIndex(start, e => e.Op != ' ');
            if (first < 0)
            {
                break;
            }
            var last = first;
            for (var i = first + 1; i < edits.Count; i++)
            {
                if (edits[i].Op != ' ')
                {
                    if (i - last > 2 * Context)
                    {
                        break;
                    }
                    last = i;
                }
            }
            var from = Math.Max(0, first - Context);
            var to = Math.Min(edits.Count - 1, last + Context);
            var hunk = edits.GetRange(from, to - from + 1);
            var oldStart = edits[from].OldLine;
            var newStart = edits[from].NewLine;
            var oldCount = hunk.Count(e => e.Op != '+');
            var newCount = hunk.Count(e => e.Op != '-');
            text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            foreach (var edit in hunk)
            {
                text.Append(edit.Op).Append(edit.Text).Append('\n');
            }
            start = to + 1;
        }
        if (before.Length > 0 && after.Length > 0 && before.EndsWith('\n') != after.EndsWith('\n'))
        {
            text.Append("\\ the texts differ in their final newline\n");
        }
        return text.ToString();
    }

    // diff -u numbers an empty range by the line before it.
    private static string Range(int start, int count) => count == 0 ? $"{start - 1},0" : count == 1 ? $"{start}" : $"{start},{count}";

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // common[i, j]: the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var edits = new List<Edit>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                edits.Add(new Edit(' ', a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                edits.Add(new Edit('-', a[x], x + 1, y + 1));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[y], x + 1, y + 1));
                y++;
            }
        }
        return edits;
    }

    private sealed record Edit(char Op, string Text, int OldLine, int NewLine);
}
