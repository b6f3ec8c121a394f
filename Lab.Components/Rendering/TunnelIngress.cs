using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// Where cloudflared on the edge Pi forwards every public hostname: the edge balancer, over TLS that cloudflared
/// verifies. The edge routes by the request's Host header, which cloudflared passes on unchanged.
/// </summary>
public sealed record TunnelOrigin
{
    /// <summary>The edge balancer as seen from cloudflared on the same Pi, e.g. <c>https://localhost:443</c>.</summary>
    public required string Url { get; init; }

    /// <summary>
    /// The name the edge certificate covers, which cloudflared sends as SNI and verifies (<c>originServerName</c>):
    /// the certificate has no <c>localhost</c> in it.
    /// </summary>
    public required string ServerName { get; init; }

    /// <summary>
    /// The CA file on the Pi that issued the edge certificate (<c>caPool</c>), added to the system's roots; null when a
    /// public CA (Let's Encrypt) issued it.
    /// </summary>
    public string? CaPool { get; init; }
}

/// <summary>How cloudflared checks the origin's certificate for one rule.</summary>
/// <param name="ServerName">The name the certificate must carry.</param>
/// <param name="CaPool">An extra CA file on the Pi, or null for the system's roots only.</param>
public sealed record OriginTls(string ServerName, string? CaPool);

/// <summary>One ingress rule of a remotely managed tunnel, in the order cloudflared tries them.</summary>
/// <param name="Hostname">The public hostname it matches (a leading <c>*.</c> matches any name below), or null for the catch-all.</param>
/// <param name="Service">Where the request goes: a URL, or <c>http_status:404</c>.</param>
/// <param name="Tls">How the origin's certificate is verified; null for a rule that reaches no origin.</param>
public sealed record IngressRule(string? Hostname, string Service, OriginTls? Tls);

/// <summary>
/// The tunnel's ingress rules: one per public hostname to the edge balancer, exact names before wildcards (cloudflared
/// takes the first rule that matches), and the catch-all <c>http_status:404</c> last, which cloudflared requires
/// ("The last ingress rule must match all URLs") and which answers any other name that reaches the tunnel.
/// </summary>
public static partial class TunnelIngress
{
    /// <summary>The catch-all rule's service.</summary>
    public const string CatchAll = "http_status:404";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>The rules for <paramref name="hostnames"/>, every one to <paramref name="origin"/>; with none, the catch-all alone.</summary>
    /// <exception cref="ArgumentException">A hostname is not a DNS name or repeats, or the origin is not an https URL without a path.</exception>
    public static IReadOnlyList<IngressRule> Rules(IReadOnlyList<string> hostnames, TunnelOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(hostnames);
        ArgumentNullException.ThrowIfNull(origin);
        CheckOrigin(origin);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hostname in hostnames)
        {
            if (!IsHostname(hostname))
            {
                throw new ArgumentException($"public hostname '{hostname}' is not a lower-case DNS name (a leading '*.' is allowed)", nameof(hostnames));
            }
            if (!seen.Add(hostname))
            {
                throw new ArgumentException($"public hostname '{hostname}' is listed twice", nameof(hostnames));
            }
        }

        var tls = new OriginTls(origin.ServerName, origin.CaPool);
        return
        [
            .. hostnames.OrderBy(IsWildcard).ThenBy(h => h, StringComparer.Ordinal).Select(h => new IngressRule(h, origin.Url, tls)),
            new IngressRule(null, CatchAll, null),
        ];
    }

    /// <summary>
    /// Whether a request for <paramref name="hostname"/> matches <paramref name="pattern"/> as cloudflared matches a
    /// rule's hostname: equal, or below the name after a leading <c>*.</c> (at any depth).
    /// </summary>
    public static bool Matches(string pattern, string hostname)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(hostname);
        return pattern == hostname || IsWildcard(pattern) && hostname.EndsWith(pattern[1..], StringComparison.Ordinal);
    }

    /// <summary>
    /// The rules as the tunnel's configuration holds them (<c>config.ingress</c> of Cloudflare's API, field names as
    /// cloudflared reads them), two-space indented JSON with a final newline: what a reviewer reads in synth.
    /// </summary>
    public static string Render(IReadOnlyList<IngressRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ingress = new JsonArray();
        foreach (var rule in rules)
        {
            var node = new JsonObject();
            if (rule.Hostname is not null)
            {
                node["hostname"] = rule.Hostname;
            }
            node["service"] = rule.Service;
            if (rule.Tls is not null)
            {
                var originRequest = new JsonObject { ["originServerName"] = rule.Tls.ServerName };
                if (rule.Tls.CaPool is not null)
                {
                    originRequest["caPool"] = rule.Tls.CaPool;
                }
                node["originRequest"] = originRequest;
            }
            ingress.Add(node);
        }
        return new JsonObject { ["ingress"] = ingress }.ToJsonString(JsonOptions) + "\n";
    }

    private static bool IsWildcard(string hostname) => hostname.StartsWith("*.", StringComparison.Ordinal);

    private static bool IsHostname(string hostname) =>
        hostname is not null && hostname.Length <= 253 && Hostname().IsMatch(hostname);

    private static void CheckOrigin(TunnelOrigin origin)
    {
        // cloudflared refuses a service URL with a path ("ingress rules don't support proxying to a different path").
        if (!Uri.TryCreate(origin.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.AbsolutePath != "/"
            || origin.Url.EndsWith('/') || url.Query.Length > 0)
        {
            throw new ArgumentException($"origin '{origin.Url}' is not an https URL without a path, such as https://localhost:443", nameof(origin));
        }
        if (!IsHostname(origin.ServerName) || IsWildcard(origin.ServerName))
        {
            throw new ArgumentException($"origin server name '{origin.ServerName}' is not a DNS name the edge certificate can cover", nameof(origin));
        }
        if (origin.CaPool is { } pool && (!pool.StartsWith('/') || pool.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"origin CA pool '{pool}' is not an absolute path on the Pi", nameof(origin));
        }
    }

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hostname();
}
