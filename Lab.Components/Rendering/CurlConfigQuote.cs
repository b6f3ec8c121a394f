namespace Lab.Components.Rendering;

/// <summary>
/// Quoting for values in a curl <c>--config</c> file (<c>name = "value"</c>), where the rendered scripts put
/// everything that must stay out of curl's argv. curl reads a quoted value up to the next unescaped <c>"</c> and
/// turns <c>\X</c> into X (and <c>\t \n \r \v</c> into control characters), per curl's manual for <c>-K, --config</c>.
/// </summary>
public static class CurlConfigQuote
{
    /// <summary><paramref name="value"/> in double quotes, with <c>\</c> and <c>"</c> escaped by a backslash.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a line break.</exception>
    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException("A curl config value cannot contain a line break (CR or LF): curl reads its config one line at a time.", nameof(value));
        }

        return "\"" + value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
