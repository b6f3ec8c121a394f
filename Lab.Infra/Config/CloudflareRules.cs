using System.Globalization;
using System.Text.RegularExpressions;
using Lab.Components.Rendering;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:cloudflare</c> and the tunnel feature that uses it.</summary>
internal static partial class CloudflareRules
{
    /// <summary>Adds the problems; <paramref name="domainOk"/> false when <c>homelab:domain</c> has one, reported through it.</summary>
    public static void Check(LabConfig config, bool domainOk, List<string> errors)
    {
        var cloudflare = config.Cloudflare;
        var tunnel = config.Features.Tunnel;
        CheckId("cloudflare.accountId", cloudflare.AccountId, "<account id>", tunnel, errors);
        CheckId("cloudflare.zoneId", cloudflare.ZoneId, "<zone id>", tunnel, errors);
        if (tunnel && string.IsNullOrWhiteSpace(cloudflare.TunnelName))
        {
            errors.Add(ConfigKeys.Problem("cloudflare.tunnelName", $"is empty, but {ConfigKeys.Full("features.tunnel")} is true",
                ConfigKeys.SetCommand("cloudflare.tunnelName", LabDefaults.TunnelName)));
        }
        else if (!string.IsNullOrWhiteSpace(cloudflare.TunnelName) && !TunnelName().IsMatch(cloudflare.TunnelName))
        {
            // Cloudflare takes a free-form name, but cloudflared's systemd unit on the edge Pi carries it (CloudflaredService).
            errors.Add(ConfigKeys.Bad("cloudflare.tunnelName", cloudflare.TunnelName,
                "is not a tunnel name the edge Pi's cloudflared unit can carry (letters, digits, '.', '_' and '-'; no spaces)",
                ConfigKeys.SetCommand("cloudflare.tunnelName", LabDefaults.TunnelName)));
        }

        if (!tunnel && cloudflare.PublicHostnames.Count > 0)
        {
            errors.Add(ConfigKeys.Problem("cloudflare.publicHostnames",
                $"has {cloudflare.PublicHostnames.Count.ToString(CultureInfo.InvariantCulture)} entries, but {ConfigKeys.Full("features.tunnel")} is false, so nothing serves them",
                $"{ConfigKeys.SetCommand("features.tunnel", "true")}, or pulumi config rm --path '{ConfigKeys.Full("cloudflare.publicHostnames")}'"));
        }

        // Names derived from an invalid homelab:domain (the default zone and admin hostnames) are reported through it.
        var badDomain = !domainOk;
        var zone = badDomain && cloudflare.ZoneNameFromDomain ? null : CheckZoneName(cloudflare, config.Domain, tunnel, errors);
        var zoneKey = ZoneKey(cloudflare);
        CheckHostnames(cloudflare.PublicHostnames, zone, zoneKey, errors);
        CheckAdminHostnames(cloudflare with
        {
            AdminHostnames = [.. cloudflare.AdminHostnames.Where(admin => !badDomain || !admin.EndsWith("." + config.Domain, StringComparison.Ordinal))],
        }, zone, zoneKey, tunnel, errors);
        for (var i = 0; i < cloudflare.AccessEmails.Count; i++)
        {
            var path = $"cloudflare.accessEmails[{i}]";
            if (!Email().IsMatch(cloudflare.AccessEmails[i]))
            {
                errors.Add(ConfigKeys.Bad(path, cloudflare.AccessEmails[i], "is not an e-mail address", ConfigKeys.SetCommand(path, "<email>")));
            }
        }
    }

    private static void CheckId(string path, string? id, string placeholder, bool tunnel, List<string> errors)
    {
        if (id is null)
        {
            if (tunnel)
            {
                errors.Add(ConfigKeys.Problem(path, $"is not set, but {ConfigKeys.Full("features.tunnel")} is true",
                    $"{ConfigKeys.SetCommand(path, placeholder)}, or {ConfigKeys.SetCommand("features.tunnel", "false")}"));
            }
        }
        else if (!CloudflareId().IsMatch(id))
        {
            errors.Add(ConfigKeys.Bad(path, id, "is not a Cloudflare id (32 lowercase hex digits)", ConfigKeys.SetCommand(path, placeholder)));
        }
    }

    /// <summary>
    /// The zone name when it is one (a registered domain of two labels or more, with the tunnel not in a special-use
    /// domain), else null after the problem. A zone name the stack does not set is <c>homelab:domain</c>'s, and the
    /// problem says so: the user never typed it under <c>cloudflare.zoneName</c>.
    /// </summary>
    private static string? CheckZoneName(CloudflareConfig cloudflare, string domain, bool tunnel, List<string> errors)
    {
        const string path = "cloudflare.zoneName";
        var zoneName = cloudflare.ZoneName;
        string? problem = null;
        if (!DnsNames.IsDomain(zoneName) || !zoneName.Contains('.', StringComparison.Ordinal))
        {
            problem = "is not a Cloudflare zone name (a registered domain such as example.com)";
        }
        else if (tunnel && SpecialUse.FirstOrDefault(special => DnsNames.IsWithin(zoneName, special)) is { } special)
        {
            // These names are never delegated in public DNS, so no Cloudflare zone can hold them and no tunnel record resolves.
            problem = $"is under .{special}, a special-use domain that public DNS never delegates, so Cloudflare cannot hold it as a zone for the tunnel's records";
        }

        if (problem is null)
        {
            return zoneName;
        }

        var fix = $"{ConfigKeys.SetCommand(path, "<zone>")} (the public zone that holds the tunnel's hostnames)";
        errors.Add(cloudflare.ZoneNameFromDomain
            ? ConfigKeys.Problem(path, $"is not set, so it is {ConfigKeys.Full(ConfigKeys.Domain)} {EchoedValue.Of(domain)}, which {problem}", fix)
            : ConfigKeys.Bad(path, zoneName, problem, fix));
        return null;
    }

    /// <summary>How messages name the zone's key: the default comes from <c>homelab:domain</c>.</summary>
    private static string ZoneKey(CloudflareConfig cloudflare) => cloudflare.ZoneNameFromDomain
        ? $"{ConfigKeys.Full("cloudflare.zoneName")}, not set, so {ConfigKeys.Full(ConfigKeys.Domain)}"
        : ConfigKeys.Full("cloudflare.zoneName");

    private static void CheckHostnames(IReadOnlyList<PublicHostname> hostnames, string? zone, string zoneKey, List<string> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < hostnames.Count; i++)
        {
            var path = $"cloudflare.publicHostnames[{i}]";
            var hostname = hostnames[i].Hostname;
            if (!DnsNames.IsDomain(hostname, wildcard: true))
            {
                errors.Add(ConfigKeys.Bad($"{path}.hostname", hostname, "is not a DNS name", ConfigKeys.SetCommand($"{path}.hostname", "<hostname>")));
            }
            else if (zone is not null && !DnsNames.IsWithin(hostname.StartsWith("*.", StringComparison.Ordinal) ? hostname[2..] : hostname, zone))
            {
                // The tunnel's CNAME records live in the one zone the stack names; a name elsewhere would get none.
                errors.Add(ConfigKeys.Bad($"{path}.hostname", hostname, $"is not in the Cloudflare zone {zone} ({zoneKey})",
                    $"{ConfigKeys.SetCommand($"{path}.hostname", $"<name>.{zone}")}, or {ConfigKeys.SetCommand("cloudflare.zoneName", "<zone>")}"));
            }
            else if (seen.TryGetValue(hostname, out var first))
            {
                // Cloudflare routes a hostname to one ingress rule; a second one is dead or ambiguous.
                errors.Add(ConfigKeys.Bad($"{path}.hostname", hostname, $"repeats {ConfigKeys.Full($"cloudflare.publicHostnames[{first}].hostname")}",
                    $"pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
            else
            {
                seen.Add(hostname, i);
            }
        }
    }

    /// <summary>
    /// Admin hostnames are plain names in the zone (an Access application protects one name); when the tunnel serves
    /// one, someone must be let in, or the UI behind it is published to no one.
    /// </summary>
    private static void CheckAdminHostnames(CloudflareConfig cloudflare, string? zone, string zoneKey, bool tunnel, List<string> errors)
    {
        var admins = cloudflare.AdminHostnames;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < admins.Count; i++)
        {
            var path = $"cloudflare.adminHostnames[{i}]";
            if (!DnsNames.IsDomain(admins[i]))
            {
                errors.Add(ConfigKeys.Bad(path, admins[i], "is not a DNS name (without a wildcard: Access protects each admin UI by its name)",
                    ConfigKeys.SetCommand(path, "<hostname>")));
            }
            else if (zone is not null && !DnsNames.IsWithin(admins[i], zone))
            {
                errors.Add(ConfigKeys.Bad(path, admins[i], $"is not in the Cloudflare zone {zone} ({zoneKey}), where its Access application would live",
                    ConfigKeys.SetCommand(path, $"<name>.{zone}")));
            }
            else if (!seen.Add(admins[i]))
            {
                errors.Add(ConfigKeys.Bad(path, admins[i], "is listed twice", $"pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
        }

        var served = admins.Where(admin => cloudflare.PublicHostnames.Any(h => TunnelIngress.Matches(h.Hostname, admin))).Distinct(StringComparer.Ordinal).ToList();
        if (tunnel && served.Count > 0 && cloudflare.AccessEmails.Count == 0)
        {
            errors.Add(ConfigKeys.Problem("cloudflare.accessEmails",
                $"is empty, but the tunnel serves the admin hostnames {string.Join(", ", served)}, which Cloudflare Access would then open to no one",
                ConfigKeys.SetCommand("cloudflare.accessEmails[0]", "<email>")));
        }
    }

    /// <summary>Special-use domains (RFC 6761, RFC 6762, RFC 7686, RFC 8375, RFC 9476, ICANN's .internal) that public DNS never delegates.</summary>
    private static readonly string[] SpecialUse = ["home.arpa", "internal", "local", "localhost", "test", "example", "invalid", "onion", "alt"];

    [GeneratedRegex(@"^[A-Za-z0-9._-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TunnelName();

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CloudflareId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
