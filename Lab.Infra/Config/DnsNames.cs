using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>Syntax of the names config holds: host names, domains, user names.</summary>
internal static partial class DnsNames
{
    /// <summary>
    /// One DNS label as RFC 1123 allows it in a host name, in lower case: it becomes a VM name, a DNS record and a
    /// certificate SAN, and Proxmox, dnsmasq and TLS must all agree on its spelling.
    /// </summary>
    public static bool IsLabel(string? text) => text is not null && Label().IsMatch(text);

    /// <summary>A fully qualified name of one or more labels, at most 253 characters; <paramref name="wildcard"/> allows a leading <c>*.</c>.</summary>
    public static bool IsDomain(string? text, bool wildcard = false)
    {
        if (text is null || text.Length > 253)
        {
            return false;
        }

        var labels = text.Split('.');
        var first = wildcard && labels.Length > 1 && labels[0] == "*" ? 1 : 0;
        return labels.Skip(first).All(IsLabel);
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="domain"/> or a name below it (DNS names compare without case).</summary>
    public static bool IsWithin(string name, string domain) =>
        name.Equals(domain, StringComparison.OrdinalIgnoreCase) || name.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>A Linux user name as <c>useradd</c> accepts it by default.</summary>
    public static bool IsUserName(string? text) => text is not null && UserName().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserName();
}
