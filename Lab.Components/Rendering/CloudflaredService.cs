using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// The systemd unit that runs cloudflared on the edge Pi for a remotely managed tunnel, and the environment file that
/// hands it the tunnel token. cloudflared reads the token from <c>TUNNEL_TOKEN</c> (the <c>--token</c> flag's variable
/// of <c>cloudflared tunnel run</c>), so the token is in no argv and in no unit file: only in the 0600 environment file,
/// which systemd reads as root before it starts cloudflared as an unprivileged dynamic user.
/// </summary>
public static partial class CloudflaredService
{
    /// <summary>The unit, replacing one a hand setup (<c>cloudflared service install</c>) may have left.</summary>
    public const string UnitPath = "/etc/systemd/system/cloudflared.service";

    /// <summary>The environment file with the token: root's, mode 0600.</summary>
    public const string EnvironmentPath = "/etc/cloudflared/tunnel.env";

    /// <summary>Where the Debian package installs the binary.</summary>
    public const string Binary = "/usr/bin/cloudflared";

    /// <summary>The variable <c>cloudflared tunnel run</c> reads its token from.</summary>
    public const string TokenVariable = "TUNNEL_TOKEN";

    /// <summary>The unit for the tunnel <paramref name="tunnelName"/> (shown in its description), reading <paramref name="environmentPath"/>.</summary>
    /// <exception cref="ArgumentException">The name has a character a unit file would misread, or the path is not absolute.</exception>
    public static string Unit(string tunnelName, string environmentPath = EnvironmentPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tunnelName);
        ArgumentException.ThrowIfNullOrWhiteSpace(environmentPath);
        if (!UnitWord().IsMatch(tunnelName))
        {
            throw new ArgumentException($"tunnel name '{tunnelName}' must be letters, digits, '.', '_' or '-' to go into a unit file", nameof(tunnelName));
        }
        if (!environmentPath.StartsWith('/') || !UnitWord().IsMatch(environmentPath.Replace("/", "", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"environment file '{environmentPath}' is not a plain absolute path", nameof(environmentPath));
        }

        return new StringBuilder()
            .Append("# Written by the homelab Pulumi program; changes here are overwritten.\n")
            .Append("[Unit]\n")
            .Append("Description=Cloudflare Tunnel connector for tunnel ").Append(tunnelName).Append('\n')
            .Append("Documentation=https://developers.cloudflare.com/cloudflare-one/networks/connectors/cloudflare-tunnel/\n")
            .Append("Wants=network-online.target\n")
            // Ordering only: the edge balancer is the tunnel's one origin, but cloudflared must not stop with it.
            .Append("After=network-online.target haproxy.service\n")
            .Append('\n')
            .Append("[Service]\n")
            // cloudflared tells systemd it is ready once its first connection to Cloudflare's edge is registered.
            .Append("Type=notify\n")
            .Append("TimeoutStartSec=60\n")
            .Append("EnvironmentFile=").Append(environmentPath).Append('\n')
            // The version is pinned by the program; the updater would replace the binary behind its back.
            .Append("ExecStart=").Append(Binary).Append(" --no-autoupdate tunnel run\n")
            .Append("Restart=on-failure\n")
            .Append("RestartSec=5s\n")
            // Sandboxed: an unprivileged user of its own, no capabilities, a read-only system, no access to homes,
            // devices, other processes or kernel settings (systemd-analyze security rates it 1.5, "OK").
            .Append("DynamicUser=yes\n")
            .Append("UMask=0077\n")
            .Append("CapabilityBoundingSet=\n")
            .Append("NoNewPrivileges=yes\n")
            .Append("ProtectHome=yes\n")
            .Append("ProtectProc=invisible\n")
            .Append("PrivateMounts=yes\n")
            .Append("PrivateDevices=yes\n")
            .Append("ProtectKernelTunables=yes\n")
            .Append("ProtectKernelModules=yes\n")
            .Append("ProtectKernelLogs=yes\n")
            .Append("ProtectControlGroups=yes\n")
            .Append("ProtectClock=yes\n")
            .Append("ProtectHostname=yes\n")
            .Append("RestrictNamespaces=yes\n")
            .Append("RestrictRealtime=yes\n")
            .Append("LockPersonality=yes\n")
            .Append("MemoryDenyWriteExecute=yes\n")
            // AF_UNIX for sd_notify, AF_NETLINK for the interface lookups of its ICMP proxy.
            .Append("RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX AF_NETLINK\n")
            .Append("SystemCallArchitectures=native\n")
            .Append("SystemCallFilter=@system-service\n")
            // A call outside the filter fails with EPERM, which Go reports, instead of killing the process.
            .Append("SystemCallErrorNumber=EPERM\n")
            .Append('\n')
            .Append("[Install]\n")
            .Append("WantedBy=multi-user.target\n")
            .ToString();
    }

    /// <summary>The environment file: <c>TUNNEL_TOKEN=&lt;token&gt;</c>; <paramref name="token"/> is the secret or its redaction.</summary>
    /// <exception cref="ArgumentException">The token has a character an environment file would misread (tokens are base64).</exception>
    public static string EnvironmentFile(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        // Without quotes, systemd would still cut at whitespace and treat '\' and quotes specially; a token has none.
        if (token != Components.HostFile.Redacted && !TokenText().IsMatch(token))
        {
            throw new ArgumentException($"the tunnel token must be base64 (letters, digits, '+', '/', '=', '-', '_') or the redaction {Components.HostFile.Redacted}", nameof(token));
        }
        return $"{TokenVariable}={token}\n";
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^[A-Za-z0-9+/=_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TokenText();
}
