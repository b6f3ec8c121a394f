using System.Text;

namespace Lab.Components.Rendering;

/// <summary>
/// The script that puts the edge's HAProxy config and certificates on the edge Pi, for
/// <see cref="RemoteShell.SudoBashFromStdin"/>; it carries keys and the stats password, so it travels only on the
/// command's secret stdin. It installs HAProxy when missing (Debian's 2.6 series, which the config is written for),
/// writes the certificate files that changed, stages the new config and checks it with <c>haproxy -c</c> before it
/// replaces the running one, and then reloads HAProxy (<c>systemctl reload</c>: the listeners pass to new workers and
/// no connection is dropped). It never restarts HAProxy; it starts it only when it is not running.
/// </summary>
public static class HaproxyPushScript
{
    /// <summary>The HAProxy series of Debian 12 and Raspberry Pi OS that the renderer targets.</summary>
    public const string Series = "2.6";

    /// <summary>
    /// The script that writes <paramref name="files"/> (certificates, each with its mode and group) and installs
    /// <paramref name="config"/> at <paramref name="configPath"/>, readable by <paramref name="configGroup"/> (HAProxy's).
    /// </summary>
    public static string Render(string config, IReadOnlyList<FileToWrite> files, string configPath = HaproxyConfigRenderer.Path, string configGroup = "haproxy")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(files);
        StagedWrite.CheckContent(configPath, config);
        var script = new StringBuilder();
        script.Append("set -euo pipefail\n");
        script.Append("{\n");
        StagedWrite.AppendInstall(script, ["haproxy"]);
        script.Append("version=\"$(dpkg-query --show --showformat='${Version}' haproxy)\"\n");
        script.Append("case \"$version\" in\n");
        script.Append("  ").Append(Series).Append(".*) ;;\n");
        script.Append("  *) echo \"HAProxy $version is installed; the edge's config is written for ").Append(Series).Append(".x\" >&2; exit 1 ;;\n");
        script.Append("esac\n");
        script.Append(StagedWrite.Function);
        script.Append("reload=0\n");
        foreach (var directory in files.Select(f => f.Path[..f.Path.LastIndexOf('/')]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // World-traversable: cloudflared (a dynamic user) reads the CA root in it; the keys are 0640 root:haproxy.
            script.Append("install -d -m 0755 ").Append(ShellQuote.Single(directory)).Append('\n');
        }
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            StagedWrite.Append(script, file, ["reload=1"]);
        }
        script.Append("target=").Append(ShellQuote.Single(configPath)).Append('\n');
        script.Append("staged=\"$(mktemp \"${target%/*}/.${target##*/}.XXXXXX\")\"\n");
        script.Append("trap 'rm -f \"$staged\"' EXIT\n");
        // Mode and group first: the file holds the stats password.
        script.Append("chgrp ").Append(ShellQuote.Single(configGroup)).Append(" \"$staged\"\n");
        script.Append("chmod 0640 \"$staged\"\n");
        script.Append("cat > \"$staged\" <<'").Append(FileBundleScript.HeredocTerminator).Append("'\n");
        script.Append(config);
        script.Append(FileBundleScript.HeredocTerminator).Append('\n');
        script.Append("if ! check=\"$(haproxy -c -q -f \"$staged\" 2>&1)\"; then\n");
        script.Append("  echo \"haproxy -c rejects the new config; the running one stays: $check\" >&2\n");
        script.Append("  exit 1\n");
        script.Append("fi\n");
        script.Append("if [ ! -f \"$target\" ] || ! cmp -s \"$staged\" \"$target\"; then\n");
        script.Append("  mv -f \"$staged\" \"$target\"\n");
        script.Append("  reload=1\n");
        script.Append("fi\n");
        script.Append("systemctl enable --quiet haproxy\n");
        script.Append("if ! systemctl is-active --quiet haproxy; then\n");
        script.Append("  systemctl start haproxy\n");
        script.Append("elif [ \"$reload\" = 1 ]; then\n");
        script.Append("  systemctl reload haproxy\n");
        script.Append("fi\n");
        script.Append("} </dev/null\n");
        return script.ToString();
    }
}
