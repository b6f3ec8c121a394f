using System.Text;

namespace Lab.Components.Rendering;

/// <summary>
/// The script that puts the lab's dnsmasq config on the DNS Pi, for <see cref="RemoteShell.SudoBashFromStdin"/>. It
/// installs dnsmasq when missing, stages the new file beside the old one and checks it with <c>dnsmasq --test</c>
/// before it replaces anything, so a bad config never takes the lab's DNS down. It restarts dnsmasq only when the file
/// changed (dnsmasq re-reads its config only on a restart) or when dnsmasq is not running.
/// </summary>
public static class DnsmasqPushScript
{
    /// <summary>The script that installs <paramref name="config"/> at <paramref name="path"/>.</summary>
    public static string Render(string config, string path = DnsmasqConfigRenderer.Path)
    {
        ArgumentNullException.ThrowIfNull(config);
        StagedWrite.CheckContent(path, config);
        var target = ShellQuote.Single(path);
        var script = new StringBuilder();
        script.Append("set -euo pipefail\n");
        // bash parses a compound command whole before running any of it, so a transfer cut short runs nothing.
        script.Append("{\n");
        StagedWrite.AppendInstall(script, ["dnsmasq"]);
        script.Append("target=").Append(target).Append('\n');
        script.Append("install -d -m 0755 \"${target%/*}\"\n");
        script.Append("staged=\"$(mktemp \"${target%/*}/.${target##*/}.XXXXXX\")\"\n");
        script.Append("trap 'rm -f \"$staged\"' EXIT\n");
        script.Append("cat > \"$staged\" <<'").Append(FileBundleScript.HeredocTerminator).Append("'\n");
        script.Append(config);
        script.Append(FileBundleScript.HeredocTerminator).Append('\n');
        script.Append("if ! check=\"$(dnsmasq --test --conf-file=\"$staged\" 2>&1)\"; then\n");
        script.Append("  echo \"dnsmasq --test rejects the new config; the running one stays: $check\" >&2\n");
        script.Append("  exit 1\n");
        script.Append("fi\n");
        script.Append("restart=0\n");
        script.Append("if [ ! -f \"$target\" ] || ! cmp -s \"$staged\" \"$target\"; then\n");
        script.Append("  chmod 0644 \"$staged\"\n");
        script.Append("  mv -f \"$staged\" \"$target\"\n");
        script.Append("  restart=1\n");
        script.Append("fi\n");
        script.Append("systemctl enable --quiet dnsmasq\n");
        script.Append("if [ \"$restart\" = 1 ] || ! systemctl is-active --quiet dnsmasq; then\n");
        script.Append("  systemctl restart dnsmasq\n");
        script.Append("fi\n");
        script.Append("} </dev/null\n");
        return script.ToString();
    }
}
