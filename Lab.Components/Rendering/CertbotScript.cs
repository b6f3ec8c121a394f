using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>What <see cref="CertbotScript"/> asks Let's Encrypt for.</summary>
public sealed record CertbotRequest
{
    /// <summary>The lab domain: the certificate covers it and <c>*.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>The ACME account's e-mail (expiry notices).</summary>
    public required string Email { get; init; }

    /// <summary>
    /// The Cloudflare API token with Zone:DNS:Edit on the lab's zone only (secret): certbot's DNS-01 plugin writes the
    /// <c>_acme-challenge</c> TXT records with it.
    /// </summary>
    public required string CloudflareToken { get; init; }

    /// <summary>Let's Encrypt's staging directory instead of production (test certificates, higher rate limits).</summary>
    public bool Staging { get; init; }

    /// <summary>Where HAProxy reads the certificate and key (<see cref="EdgePaths.PublicPem"/>).</summary>
    public string PemPath { get; init; } = EdgePaths.PublicPem;

    /// <summary>Leaves the token out: records print every property.</summary>
    public override string ToString() => $"CertbotRequest {{ Domain = {Domain}, Email = {Email}, Staging = {Staging} }}";
}

/// <summary>
/// The script that gets the edge its Let's Encrypt wildcard by DNS-01 on Cloudflare, for
/// <see cref="RemoteShell.SudoBashFromStdin"/> (it carries the token, so only on secret stdin; the token reaches
/// certbot in a 0600 file, never in an argv). Debian's <c>certbot</c> and <c>python3-certbot-dns-cloudflare</c>; the
/// package's timer renews, and the deploy hook, run by certbot after each issuance or renewal, builds HAProxy's PEM
/// (full chain, then key) and reloads HAProxy when its config checks.
/// </summary>
public static partial class CertbotScript
{
    /// <summary>The credentials file certbot's Cloudflare plugin reads (it refuses one readable by others).</summary>
    public const string CredentialsPath = "/etc/letsencrypt/homelab-cloudflare.ini";

    /// <summary>The deploy hook; certbot records it in the renewal config, so renewals run it too.</summary>
    public const string DeployHookPath = "/etc/haproxy/certbot-deploy-hook";

    /// <summary>The lineage name: <c>/etc/letsencrypt/live/homelab/</c>.</summary>
    public const string CertName = "homelab";

    /// <summary>The script for <paramref name="request"/>.</summary>
    public static string Render(CertbotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Domain().IsMatch(request.Domain))
        {
            throw new ArgumentException($"domain '{request.Domain}' is not a lower-case DNS name", nameof(request));
        }
        if (!Email().IsMatch(request.Email))
        {
            throw new ArgumentException($"'{request.Email}' is not an e-mail address", nameof(request));
        }
        if (!Token().IsMatch(request.CloudflareToken))
        {
            throw new ArgumentException("the Cloudflare token is not a single word of letters, digits, '-' and '_'", nameof(request));
        }
        var script = new StringBuilder();
        script.Append("set -euo pipefail\n");
        script.Append("{\n");
        // haproxy first: the hook gives the PEM to its group.
        StagedWrite.AppendInstall(script, ["haproxy", "certbot", "python3-certbot-dns-cloudflare"]);
        script.Append(StagedWrite.Function);
        script.Append("install -d -m 0755 /etc/letsencrypt ").Append(ShellQuote.Single(request.PemPath[..request.PemPath.LastIndexOf('/')])).Append('\n');
        StagedWrite.Append(script, new FileToWrite(CredentialsPath, $"dns_cloudflare_api_token = {request.CloudflareToken}\n", "0600", "root", "root"), [":"]);
        StagedWrite.Append(script, new FileToWrite(DeployHookPath, DeployHook(request.PemPath), "0755", "root", "root"), [":"]);
        script.Append("certbot certonly --non-interactive --agree-tos --no-eff-email --email ").Append(ShellQuote.Single(request.Email)).Append(" \\\n");
        if (request.Staging)
        {
            script.Append("  --staging \\\n");
        }
        script.Append("  --dns-cloudflare --dns-cloudflare-credentials ").Append(CredentialsPath).Append(" --dns-cloudflare-propagation-seconds 30 \\\n");
        script.Append("  --cert-name ").Append(CertName).Append(" --key-type ecdsa --keep-until-expiring --expand \\\n");
        script.Append("  -d ").Append(ShellQuote.Single(request.Domain)).Append(" -d ").Append(ShellQuote.Single("*." + request.Domain)).Append(" \\\n");
        script.Append("  --deploy-hook ").Append(DeployHookPath).Append('\n');
        // certbot runs the hook only when it issued; a PEM lost since (or a first run that kept an existing
        // certificate) is rebuilt from the lineage.
        script.Append("if [ ! -s ").Append(ShellQuote.Single(request.PemPath)).Append(" ]; then\n");
        script.Append("  RENEWED_LINEAGE=/etc/letsencrypt/live/").Append(CertName).Append(' ').Append(DeployHookPath).Append('\n');
        script.Append("fi\n");
        script.Append("} </dev/null\n");
        return script.ToString();
    }

    /// <summary>The deploy hook: builds the PEM beside the old one, then swaps it in and reloads a running HAProxy.</summary>
    public static string DeployHook(string pemPath = EdgePaths.PublicPem)
    {
        var pem = ShellQuote.Single(pemPath);
        return "#!/bin/sh\n"
            + "# certbot deploy hook (homelab EdgeBalancer): HAProxy reads the chain and the key from one file.\n"
            + "set -eu\n"
            + $"pem={pem}\n"
            + "staged=\"$(mktemp \"${pem%/*}/.${pem##*/}.XXXXXX\")\"\n"
            + "trap 'rm -f \"$staged\"' EXIT\n"
            + "chgrp haproxy \"$staged\"\n"
            + "chmod 0640 \"$staged\"\n"
            + "cat \"$RENEWED_LINEAGE/fullchain.pem\" \"$RENEWED_LINEAGE/privkey.pem\" > \"$staged\"\n"
            + "mv -f \"$staged\" \"$pem\"\n"
            + "if systemctl is-active --quiet haproxy && haproxy -c -q -f /etc/haproxy/haproxy.cfg; then\n"
            + "  systemctl reload haproxy\n"
            + "fi\n";
    }

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[^@\s']+@[^@\s']+\.[^@\s']+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{20,200}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
