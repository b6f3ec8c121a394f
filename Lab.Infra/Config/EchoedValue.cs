using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>
/// A config value as an error message may quote it. A value shaped like a secret (a private key, a token, a URL
/// with a password) is never printed: the message says what it looks like instead, because a secret pasted into the
/// wrong key would otherwise end up in a terminal, a CI log or a pull request comment. Other values are quoted, with
/// control characters escaped (one problem stays one line) and long values shortened.
/// </summary>
public static partial class EchoedValue
{
    /// <summary>The longest value quoted whole.</summary>
    public const int MaxQuoted = 120;

    /// <summary>The value quoted (<c>'value'</c>), or what it looks like in parentheses when it looks like a secret.</summary>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (SecretShape(value) is { } shape)
        {
            return $"({shape}, not shown)";
        }

        var text = new StringBuilder();
        foreach (var c in value.Length > MaxQuoted ? value[..(MaxQuoted / 2)] : value)
        {
            text.Append(char.IsControl(c) ? Escape(c) : c.ToString());
        }

        return value.Length > MaxQuoted
            ? $"'{text}...' ({value.Length.ToString(CultureInfo.InvariantCulture)} characters)"
            : $"'{text}'";
    }

    /// <summary>What a secret-shaped value looks like, or null when it does not look like a secret.</summary>
    public static string? SecretShape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains("PRIVATE KEY", StringComparison.OrdinalIgnoreCase) || value.Contains("b3BlbnNzaC1rZXktdjE", StringComparison.Ordinal))
        {
            // PEM private keys, and OpenSSH's format, whose base64 starts with "openssh-key-v1".
            return "a private key";
        }

        if (value.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return "a PEM block";
        }

        if (UrlWithPassword().IsMatch(value))
        {
            return "a URL with a password in it";
        }

        if (ProxmoxToken().IsMatch(value))
        {
            return "a Proxmox API token";
        }

        // Each word on its own, so that a token inside a list or a map given for a setting (its JSON) is caught too.
        // An OpenSSH public key line's base64 is long and random-looking too, but it is public.
        var publicKeyLine = PublicKeyType().IsMatch(value.TrimStart());
        foreach (var word in value.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (TokenShape(word, lengthRule: !publicKeyLine) is { } shape)
            {
                return shape;
            }
        }

        return null;
    }

    private static readonly char[] WordSeparators = [' ', '\t', '\r', '\n', '[', ']', '{', '}', '"', '\'', ',', ':'];

    private static string? TokenShape(string word, bool lengthRule)
    {
        if (TokenPrefix().IsMatch(word) || Jwt().IsMatch(word))
        {
            return "an API token";
        }

        if (lengthRule && word.Length >= 32 && TokenCharacters().IsMatch(word) && word.Any(char.IsAsciiDigit) && word.Any(char.IsAsciiLetter)
            && !word.Contains('.', StringComparison.Ordinal))
        {
            return $"a {word.Length.ToString(CultureInfo.InvariantCulture)}-character token-like value";
        }

        return null;
    }

    private static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
    };

    // scheme://user:password@ (the password may be empty; a user name alone is no secret).
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9+.-]*://[^/@\s]*:[^/@\s]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlWithPassword();

    // user@realm!tokenid=uuid, what homelab:proxmoxApiToken holds.
    [GeneratedRegex(@"[^@\s]+@[^!\s]+![^=\s]+=[0-9A-Fa-f-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex ProxmoxToken();

    // Well-known token prefixes: GitHub, GitLab, Slack, AWS access keys, OpenAI-style keys.
    [GeneratedRegex(@"^(gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA|sk-)[A-Za-z0-9_-]{12,}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPrefix();

    [GeneratedRegex(@"^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"^(ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[a-z0-9@.-]* ", RegexOptions.CultureInvariant)]
    private static partial Regex PublicKeyType();

    [GeneratedRegex(@"^[A-Za-z0-9_\-+/=~]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenCharacters();
}
