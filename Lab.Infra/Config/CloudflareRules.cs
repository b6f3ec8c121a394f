using System.Globalization;
using System.Text.RegularExpressions;

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

        CheckHostnames(cloudflare.PublicHostnames, errors);
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

    private static void CheckHostnames(IReadOnlyList<PublicHostname> hostnames, List<string> errors)
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

            var service = hostnames[i].Service;
            if (!Uri.TryCreate(service, UriKind.Absolute, out _))
            {
                errors.Add(ConfigKeys.Bad($"{path}.service", service, "is not a URL cloudflared can forward to, such as https://localhost:443",
                    ConfigKeys.SetCommand($"{path}.service", "<url>")));
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CloudflareId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
