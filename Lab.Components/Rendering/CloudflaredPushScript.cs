using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>What <see cref="CloudflaredPushScript"/> puts on the edge Pi.</summary>
public sealed record CloudflaredPush
{
    /// <summary>The cloudflared release, e.g. <c>2026.9.3</c> (its Debian version too).</summary>
    public required string Version { get; init; }

    /// <summary>The SHA-256 of the release's <c>.deb</c> per Debian architecture; any other architecture is refused.</summary>
    public required IReadOnlyDictionary<string, string> PackageSha256 { get; init; }

    /// <summary>The systemd unit (<see cref="CloudflaredService.Unit"/>).</summary>
    public required string Unit { get; init; }

    /// <summary>The environment file with the token (<see cref="CloudflaredService.EnvironmentFile"/>); secret.</summary>
    public required string EnvironmentFile { get; init; }

    /// <summary>Where the unit goes; its file name names the service.</summary>
    public string UnitPath { get; init; } = CloudflaredService.UnitPath;

    /// <summary>Where the environment file goes (mode 0600).</summary>
    public string EnvironmentPath { get; init; } = CloudflaredService.EnvironmentPath;

    /// <summary>Leaves <see cref="EnvironmentFile"/> out: it holds the token, and records print every property.</summary>
    public override string ToString() => $"CloudflaredPush {{ Version = {Version}, UnitPath = {UnitPath}, EnvironmentPath = {EnvironmentPath} }}";
}

/// <summary>
/// The script that brings cloudflared to the edge Pi, for <see cref="RemoteShell.SudoBashFromStdin"/>: it carries the
/// token, so it travels only on the command's secret stdin. It installs the pinned release when the Pi has another
/// version (the download is refused unless its SHA-256 is the pinned one), writes the unit and the environment file
/// only when their content differs, and restarts cloudflared only when the version, the unit or the token changed, or
/// when it is not running. It prints nothing of the token.
/// </summary>
public static partial class CloudflaredPushScript
{
    /// <summary>The script for <paramref name="push"/>.</summary>
    /// <exception cref="ArgumentException">A version, architecture, hash, path or file breaks the rules the script relies on.</exception>
    public static string Render(CloudflaredPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        Check(push);
        var service = push.UnitPath[(push.UnitPath.LastIndexOf('/') + 1)..^".service".Length];
        var unitDirectory = push.UnitPath[..push.UnitPath.LastIndexOf('/')];
        var script = new StringBuilder();
        script.Append("set -euo pipefail\n");
        // bash parses a compound command whole before running any of it, so a transfer cut short runs nothing.
        script.Append("{\n");
        script.Append("version=").Append(ShellQuote.Single(push.Version)).Append('\n');
        script.Append("arch=\"$(dpkg --print-architecture)\"\n");
        script.Append("case \"$arch\" in\n");
        foreach (var (arch, sha256) in push.PackageSha256.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            script.Append("  ").Append(arch).Append(") sha256=").Append(sha256).Append(" ;;\n");
        }
        script.Append("  *)\n");
        script.Append("    echo \"cloudflared ${version} is pinned for ").AppendJoin(", ", push.PackageSha256.Keys.Order(StringComparer.Ordinal))
            .Append(" only, not for this Pi's ${arch}\" >&2\n");
        script.Append("    exit 1\n");
        script.Append("    ;;\n");
        script.Append("esac\n");
        script.Append("restart=0\n");
        script.Append("installed=\"$(dpkg-query --show --showformat=\"\\${Version}\" cloudflared 2>/dev/null || true)\"\n");
        script.Append("if [ \"$installed\" != \"$version\" ]; then\n");
        script.Append("  package=\"$(mktemp --suffix=.deb)\"\n");
        script.Append("  trap 'rm -f \"$package\"' EXIT\n");
        script.Append("  curl --fail --silent --show-error --location --proto '=https' --proto-redir '=https' --retry 3 --output \"$package\" \\\n");
        script.Append("    \"").Append(CloudflaredRelease.PackageUrl("${version}")).Append("\"\n");
        script.Append("  if ! echo \"${sha256}  ${package}\" | sha256sum --check --status; then\n");
        script.Append("    echo \"cloudflared-linux-${arch}.deb ${version} does not have its pinned SHA-256 ${sha256}; not installing it\" >&2\n");
        script.Append("    exit 1\n");
        script.Append("  fi\n");
        // A hold keeps apt (an apt source from a hand setup, unattended upgrades) from moving cloudflared off its pin.
        script.Append("  apt-mark unhold cloudflared >/dev/null 2>&1 || true\n");
        script.Append("  dpkg --install \"$package\" >/dev/null\n");
        script.Append("  apt-mark hold cloudflared >/dev/null\n");
        script.Append("  restart=1\n");
        script.Append("fi\n");
        // Each file is written to a 0600 temporary file beside it, so the token is never readable by others, and
        // replaces the file only when its content or mode differs.
        script.Append("write_if_changed() {\n");
        script.Append("  local target=\"$1\" mode=\"$2\" staged\n");
        script.Append("  staged=\"$(mktemp \"${target%/*}/.${target##*/}.XXXXXX\")\"\n");
        script.Append("  cat > \"$staged\"\n");
        script.Append("  if [ -f \"$target\" ] && cmp -s \"$staged\" \"$target\" && [ \"$(stat -c %a \"$target\")\" = \"${mode#0}\" ]; then\n");
        script.Append("    rm -f \"$staged\"\n");
        script.Append("    return 1\n");
        script.Append("  fi\n");
        script.Append("  chmod \"$mode\" \"$staged\"\n");
        script.Append("  mv -f \"$staged\" \"$target\"\n");
        script.Append("}\n");
        foreach (var directory in new[] { unitDirectory, push.EnvironmentPath[..push.EnvironmentPath.LastIndexOf('/')] }.Distinct(StringComparer.Ordinal))
        {
            script.Append("install -d -m 0755 ").Append(ShellQuote.Single(directory)).Append('\n');
        }
        AppendWrite(script, push.UnitPath, "0644", push.Unit, ["systemctl daemon-reload", "restart=1"]);
        AppendWrite(script, push.EnvironmentPath, "0600", push.EnvironmentFile, ["restart=1"]);
        // The updater of a hand setup (cloudflared service install) would replace the pinned binary.
        var updateTimer = $"{unitDirectory}/{service}-update.timer";
        script.Append("if [ -e ").Append(ShellQuote.Single(updateTimer)).Append(" ]; then\n");
        script.Append("  systemctl disable --now --quiet ").Append(ShellQuote.Single(updateTimer[(updateTimer.LastIndexOf('/') + 1)..])).Append('\n');
        script.Append("fi\n");
        script.Append("systemctl enable --quiet ").Append(service).Append('\n');
        script.Append("if [ \"$restart\" = 1 ] || ! systemctl is-active --quiet ").Append(service).Append("; then\n");
        script.Append("  systemctl restart ").Append(service).Append('\n');
        script.Append("fi\n");
        script.Append("} </dev/null\n");
        return script.ToString();
    }

    private static void AppendWrite(StringBuilder script, string path, string mode, string content, IReadOnlyList<string> onChange)
    {
        script.Append("if write_if_changed ").Append(ShellQuote.Single(path)).Append(' ').Append(mode)
            .Append(" <<'").Append(FileBundleScript.HeredocTerminator).Append("'\n");
        script.Append(content);
        script.Append(FileBundleScript.HeredocTerminator).Append('\n');
        script.Append("then\n");
        foreach (var line in onChange)
        {
            script.Append("  ").Append(line).Append('\n');
        }
        script.Append("fi\n");
    }

    private static void Check(CloudflaredPush push)
    {
        if (!Version().IsMatch(push.Version))
        {
            throw new ArgumentException($"cloudflared version '{push.Version}' is not a release version such as 2026.9.3", nameof(push));
        }
        if (push.PackageSha256.Count == 0)
        {
            throw new ArgumentException("pin the package of at least one architecture", nameof(push));
        }
        foreach (var (arch, sha256) in push.PackageSha256)
        {
            if (!Architecture().IsMatch(arch) || !Sha256().IsMatch(sha256))
            {
                throw new ArgumentException($"'{arch}' '{sha256}' is not a Debian architecture and a lower-case SHA-256", nameof(push));
            }
        }
        if (!push.UnitPath.EndsWith(".service", StringComparison.Ordinal))
        {
            throw new ArgumentException($"unit path '{push.UnitPath}' does not name a .service unit", nameof(push));
        }
        foreach (var (path, content) in new[] { (push.UnitPath, push.Unit), (push.EnvironmentPath, push.EnvironmentFile) })
        {
            if (!path.StartsWith('/') || path.Count(c => c == '/') < 2 || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new ArgumentException($"path '{path}' is not an absolute path below a folder", nameof(push));
            }
            // The heredoc carries the content exactly only when it ends with a line break and never holds its terminator.
            if (!content.EndsWith('\n') || content.Contains('\0', StringComparison.Ordinal)
                || content.Split('\n').Any(line => line.Trim() == FileBundleScript.HeredocTerminator))
            {
                throw new ArgumentException($"the content for '{path}' must end with a line break and hold neither NUL nor a line {FileBundleScript.HeredocTerminator}", nameof(push));
            }
        }
    }

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex(@"^[a-z0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Architecture();

    [GeneratedRegex(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
