using System.Globalization;

namespace Lab.Infra.Config;

/// <summary>
/// Rules for <c>homelab:domain</c>: a DNS name the lab's dnsmasq can answer for, of two labels or more, in no
/// special-use domain that resolvers answer otherwise, and short enough for every name built from it
/// (<see cref="DomainNames"/>).
/// </summary>
internal static class DomainRules
{
    /// <summary>The fix every domain rule suggests.</summary>
    public static readonly string Fix = ConfigKeys.SetCommand(ConfigKeys.Domain, "<domain>")
        + " (a domain you own, or one under home.arpa, which RFC 8375 sets aside for home networks, e.g. lab.home.arpa)";

    /// <summary>Adds the domain's problems; true when it has none, so that names derived from it can be judged.</summary>
    public static bool Check(LabConfig config, IReadOnlyList<LayoutNode>? nodes, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        var domain = config.Domain;
        if (Problem(domain) is { } problem)
        {
            errors.Add(ConfigKeys.Bad(ConfigKeys.Domain, domain, problem, Fix));
            return false;
        }

        return CheckLengths(config, nodes, errors);
    }

    /// <summary>What is wrong with the domain's text, or null.</summary>
    private static string? Problem(string domain)
    {
        if (!DnsNames.IsDomain(domain))
        {
            return "is not a DNS name (lowercase labels of letters, digits and '-', joined by '.')";
        }

        if (DnsNames.IsWithin(domain, "consul"))
        {
            return "is under .consul, which the lab's dnsmasq forwards to Consul";
        }

        if (DnsNames.IsWithin(domain, "localhost"))
        {
            return $"is {(domain == "localhost" ? "localhost" : "under .localhost")}, which resolvers answer with the loopback address (RFC 6761 §6.3), so no name in it reaches the lab's hosts";
        }

        if (!domain.Contains('.', StringComparison.Ordinal))
        {
            return "is a single label, not a domain: resolvers, Cloudflare and certificate authorities take a bare label for a top-level domain, so the lab's names <host>.<domain> would not resolve or get certificates";
        }

        if (DnsNames.IsWithin(domain, "local"))
        {
            return "is under .local, which is multicast DNS (RFC 6762): hosts ask the LAN for it by mDNS instead of the lab's DNS";
        }

        return null;
    }

    /// <summary>
    /// The domain against the longest built name: each has a limit (253 for a DNS name, 64 for a certificate's common
    /// name), so the domain may be at most the limit minus what the name adds to it.
    /// </summary>
    private static bool CheckLengths(LabConfig config, IReadOnlyList<LayoutNode>? nodes, List<string> errors)
    {
        var domain = config.Domain;
        var binding = DomainNames.Of(config, nodes).MinBy(name => Room(name, domain));
        var room = binding is null ? int.MaxValue : Room(binding, domain);
        if (binding is null || domain.Length <= room)
        {
            return true;
        }

        var limit = binding.Limit == DomainNames.MaxCommonName
            ? $"{DomainNames.MaxCommonName} for a certificate's common name (RFC 5280 ub-common-name)"
            : $"{DomainNames.MaxName} for a DNS name (RFC 1035)";
        // A host part shaped like a secret is not quoted, in the name it builds either.
        var shown = binding.Host is not null && EchoedValue.SecretShape(binding.Host) is { } shape
            ? $"({shape}, not shown).{domain}" : binding.Name;
        var built = $"{binding.Use} would be {Quoted(shown, binding.Name.Length)}, over {limit}";
        var hostFix = binding.HostKey is null ? "" : $", or a shorter host name: {ConfigKeys.SetCommand(binding.HostKey, "<name>")}";
        // A domain needs at least a label, a dot and a label: with less room the host name is what is too long.
        if (binding.HostKey is not null && room < 3)
        {
            errors.Add(ConfigKeys.Bad(binding.HostKey, binding.KeyValue!, $"leaves no room for {ConfigKeys.Full(ConfigKeys.Domain)}: {built}",
                ConfigKeys.SetCommand(binding.HostKey, "<shorter name>")));
            return false;
        }

        errors.Add(ConfigKeys.Bad(ConfigKeys.Domain, domain,
            $"{(domain.Length > EchoedValue.MaxQuoted ? "" : $"({Count(domain.Length)} characters) ")}is too long: {built}; the longest domain allowed here is {Count(room)} characters",
            $"{ConfigKeys.SetCommand(ConfigKeys.Domain, $"<domain of at most {Count(room)} characters>")}{hostFix}"));
        return false;
    }

    /// <summary>The longest domain <paramref name="name"/> allows.</summary>
    private static int Room(DomainName name, string domain) => name.Limit - (name.Name.Length - domain.Length);

    /// <summary>The name quoted with its length; <see cref="EchoedValue"/> gives the length itself when it shortens a name.</summary>
    private static string Quoted(string name, int length) =>
        name.Length > EchoedValue.MaxQuoted ? EchoedValue.Of(name) : $"{EchoedValue.Of(name)} ({Count(length)} characters)";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
