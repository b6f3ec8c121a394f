using System.Globalization;
using System.Text.RegularExpressions;
using Lab.Components.Rendering;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:cloudflare</c> and the tunnel feature that uses it.</summary>
internal static partial class CloudflareRules
{
    public static void Check(LabConfig config, List<string> errors)
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

        if (!tunnel && cloudflare.PublicHostnames.Count > 0)
        {
            errors.Add(ConfigKeys.Problem("cloudflare.publicHostnames",
                $"has {cloudflare.PublicHostnames.Count.ToString(CultureInfo.InvariantCulture)} entries, but {ConfigKeys.Full("features.tunnel")} is false, so nothing serves them",
                $"{ConfigKeys.SetCommand("features.tunnel", "true")}, or pulumi config rm --path '{ConfigKeys.Full("cloudflare.publicHostnames")}'"));
        }

        // Names derived from an invalid homelab:domain (the default zone and admin hostnames) are reported through it.
        var badDomain = !DnsNames.IsDomain(config.Domain);
        var zone = badDomain && cloudflare.ZoneName == config.Domain ? null : CheckZoneName(cloudflare.ZoneName, errors);
        CheckHostnames(cloudflare.PublicHostnames, zone, errors);
        CheckAdminHostnames(cloudflare with
        {
            AdminHostnames = [.. cloudflare.AdminHostnames.Where(admin => !badDomain || !admin.EndsWith("." + config.Domain, StringComparison.Ordinal))],
        }, zone, tunnel, errors);
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

    /// <summary>The zone name when it is one (a registered domain of two labels or more), else null after the problem.</summary>
    private static string? CheckZoneName(string zoneName, List<string> errors)
    {
        const string path = "cloudflare.zoneName";
        if (DnsNames.IsDomain(zoneName) && zoneName.Contains('.', StringComparison.Ordinal))
        {
            return zoneName;
        }

        errors.Add(ConfigKeys.Bad(path, zoneName, "is not a Cloudflare zone name (a registered domain such as example.com)", ConfigKeys.SetCommand(path, "<zone>")));
        return null;
    }

    private static void CheckHostnames(IReadOnlyList<PublicHostname> hostnames, string? zone, List<string> errors)
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
            else if (zone is not null && !IsInZone(hostname.StartsWith("*.", StringComparison.Ordinal) ? hostname[2..] : hostname, zone))
            {
                // The tunnel's CNAME records live in the one zone the stack names; a name elsewhere would get none.
                errors.Add(ConfigKeys.Bad($"{path}.hostname", hostname, $"is not in the Cloudflare zone {zone} ({ConfigKeys.Full("cloudflare.zoneName")})",
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
    private static void CheckAdminHostnames(CloudflareConfig cloudflare, string? zone, bool tunnel, List<string> errors)
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
            else if (zone is not null && !IsInZone(admins[i], zone))
            {
                errors.Add(ConfigKeys.Bad(path, admins[i], $"is not in the Cloudflare zone {zone} ({ConfigKeys.Full("cloudflare.zoneName")}), where its Access application would live",
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

    /// <summary>Whether <paramref name="hostname"/> is the zone itself or a name below it.</summary>
    private static bool IsInZone(string hostname, string zone) =>
        hostname.Equals(zone, StringComparison.OrdinalIgnoreCase) || hostname.EndsWith("." + zone, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CloudflareId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
