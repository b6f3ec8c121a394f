namespace Lab.Components.Rendering;

/// <summary>Quoting for POSIX shells (sh, dash, bash), the one way values get into a rendered command line.</summary>
public static class ShellQuote
{
    /// <summary>
    /// <paramref name="value"/> as one shell word in single quotes, inside which POSIX shells give no character a
    /// special meaning: each <c>'</c> becomes <c>'\''</c> (close the quotes, an escaped quote, reopen them).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a NUL character, which no shell word can hold.</exception>
    public static string Single(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A shell word cannot contain a NUL character: the C strings of argv end at the first one.", nameof(value));
        }

        return "'" + value.Replace("'", @"'\''", StringComparison.Ordinal) + "'";
    }
}
