namespace Lab.Infra.Synth.Diff;

/// <summary>The few Markdown escapes the diff report needs (GitHub Flavored Markdown).</summary>
internal static class Markdown
{
    /// <summary>Inline code that survives backticks and a table: <c>`text`</c>, or <c>`` text ``</c> around a backtick.</summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = text.Replace("\n", "⏎", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Contains('`', StringComparison.Ordinal) ? $"`` {flat} ``" : $"`{flat}`";
    }

    /// <summary>A fenced block whose fence no line of <paramref name="text"/> can close.</summary>
    public static string Fence(string info, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fence = "```";
        while (text.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }
        return $"{fence}{info}\n{text}{(text.EndsWith('\n') ? "" : "\n")}{fence}\n";
    }

    /// <summary><paramref name="count"/> and the noun, plural past one.</summary>
    public static string Count(int count, string noun, string plural) => $"{count} {(count == 1 ? noun : plural)}";
}
