using System.Globalization;
using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:proxmox</c>.</summary>
internal static partial class ProxmoxRules
{
    /// <summary>Proxmox accepts VM ids in this range (<c>qm create</c>: 100 to 999999999).</summary>
    public const long MinVmId = 100;

    /// <summary>The upper end of the Proxmox VM id range.</summary>
    public const long MaxVmId = 999_999_999;

    public static string VmIdRange => $"{MinVmId}..{MaxVmId}";

    public static void Check(LabConfig config, List<string> errors)
    {
        var proxmox = config.Proxmox;
        if (EndpointProblem(proxmox.Endpoint) is { } endpointProblem)
        {
            errors.Add(ConfigKeys.Bad("proxmox.endpoint", proxmox.Endpoint, endpointProblem,
                ConfigKeys.SetCommand("proxmox.endpoint", "https://<host>:8006")));
        }

        if (proxmox.Nodes.Count == 0)
        {
            errors.Add(ConfigKeys.Problem("proxmox.nodes", "is empty: the VMs need a PVE node to run on",
                ConfigKeys.SetCommand("proxmox.nodes[0]", "<node>")));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < proxmox.Nodes.Count; i++)
        {
            var path = $"proxmox.nodes[{i}]";
            if (!DnsNames.IsLabel(proxmox.Nodes[i]))
            {
                errors.Add(ConfigKeys.Bad(path, proxmox.Nodes[i], RoleRules.NotALabel, ConfigKeys.SetCommand(path, "<node>")));
            }
            else if (!seen.TryAdd(proxmox.Nodes[i], i))
            {
                errors.Add(ConfigKeys.Bad(path, proxmox.Nodes[i], $"repeats {ConfigKeys.Full($"proxmox.nodes[{seen[proxmox.Nodes[i]]}]")}",
                    $"pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
        }

        CheckStorage("proxmox.vmDatastore", proxmox.VmDatastore, errors);
        CheckStorage("proxmox.snippetsDatastore", proxmox.SnippetsDatastore, errors);
        if (!InterfaceName().IsMatch(proxmox.Bridge))
        {
            errors.Add(ConfigKeys.Bad("proxmox.bridge", proxmox.Bridge,
                "is not a Linux interface name (1-15 letters, digits, '_', '-', '.')", ConfigKeys.SetCommand("proxmox.bridge", "<bridge>")));
        }

        CheckTemplate(proxmox.Template, errors);
    }

    /// <summary>What is wrong with the Proxmox API's URL, or null: the port's range and a password are named, not just "not a URL".</summary>
    private static string? EndpointProblem(string endpoint)
    {
        if (Port().Match(endpoint) is { Success: true } match
            && (!int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535))
        {
            return $"has the port '{match.Groups["port"].Value}', which is not a TCP port (1..65535; Proxmox's API listens on 8006)";
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "is not a URL (https://<host>:<port>)";
        }

        if (uri.UserInfo.Length > 0)
        {
            return $"holds a user name or password, which would sit in plain text in the stack file: the provider signs in with the secret {ConfigKeys.Full(ConfigKeys.ProxmoxApiToken)} instead";
        }

        return uri.Scheme != Uri.UriSchemeHttps ? "is not an https:// URL: the Proxmox API is served over HTTPS only" : null;
    }

    private static void CheckStorage(string path, string value, List<string> errors)
    {
        if (!StorageId().IsMatch(value))
        {
            errors.Add(ConfigKeys.Bad(path, value,
                "is not a Proxmox storage id (a lowercase letter, then lowercase letters, digits, '-', '_', '.')",
                ConfigKeys.SetCommand(path, "<storage>")));
        }
    }

    private static void CheckTemplate(TemplateSource template, List<string> errors)
    {
        if (template.VmId is { } vmId && template.CloudImageUrl is { } both)
        {
            errors.Add(ConfigKeys.Bad("proxmox.templateVmId", vmId.ToString(CultureInfo.InvariantCulture),
                $"and {ConfigKeys.Full("proxmox.cloudImageUrl")} {EchoedValue.Of(both)} are both set: the VMs clone from one template",
                $"pulumi config rm --path '{ConfigKeys.Full("proxmox.cloudImageUrl")}', or pulumi config rm --path '{ConfigKeys.Full("proxmox.templateVmId")}'"));
        }
        else if (template.VmId is null && template.CloudImageUrl is null)
        {
            errors.Add(ConfigKeys.Problem("proxmox.templateVmId",
                $"is not set and neither is {ConfigKeys.Full("proxmox.cloudImageUrl")}: the VMs need a template to clone",
                ConfigKeys.SetCommand("proxmox.templateVmId", "<vm id>")));
        }

        if (template.VmId is { } id && (id < MinVmId || id > MaxVmId))
        {
            errors.Add(ConfigKeys.Bad("proxmox.templateVmId", id.ToString(CultureInfo.InvariantCulture),
                $"is outside Proxmox's VM id range {VmIdRange}", ConfigKeys.SetCommand("proxmox.templateVmId", "<vm id>")));
        }

        if (template.CloudImageUrl is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add(ConfigKeys.Bad("proxmox.cloudImageUrl", url, "is not an http(s) URL",
                    ConfigKeys.SetCommand("proxmox.cloudImageUrl", "<url>")));
            }
            else if (uri.UserInfo.Length > 0)
            {
                errors.Add(ConfigKeys.Bad("proxmox.cloudImageUrl", url, $"holds a user name or password, which would sit in plain text in the stack file and in {ConfigKeys.Full("proxmox")}'s resources",
                    ConfigKeys.SetCommand("proxmox.cloudImageUrl", "<url of a public image>")));
            }

            if (template.CloudImageChecksum is null)
            {
                errors.Add(ConfigKeys.Problem("proxmox.cloudImageChecksum",
                    "is not set: without it Proxmox cannot verify the downloaded image",
                    ConfigKeys.SetCommand("proxmox.cloudImageChecksum", "<sha256 hex>")));
            }
        }

        if (template.CloudImageChecksum is { } checksum && !Sha256().IsMatch(checksum))
        {
            errors.Add(ConfigKeys.Bad("proxmox.cloudImageChecksum", checksum, "is not a SHA-256 checksum (64 hex digits)",
                ConfigKeys.SetCommand("proxmox.cloudImageChecksum", "<sha256 hex>")));
        }
    }

    // The port of scheme://[user@]host:port, bracketed IPv6 hosts included.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@?#]*@)?(?:\[[^\]]*\]|[^/:?#]*):(?<port>[^/?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Port();

    // pve-storage-id in Proxmox's PVE::JSONSchema.
    [GeneratedRegex("^[a-z][a-z0-9_.-]*[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex StorageId();

    // Linux IFNAMSIZ is 16 bytes with the terminating NUL.
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex InterfaceName();

    [GeneratedRegex("^[0-9a-fA-F]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
