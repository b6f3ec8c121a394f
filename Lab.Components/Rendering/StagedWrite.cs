using System.Text;

namespace Lab.Components.Rendering;

/// <summary>
/// The bash pieces the Pi push scripts share: a file is written to a temporary file beside it (same filesystem, name
/// starting with a dot, which neither dnsmasq's conf-dir nor HAProxy reads), with its final mode and group before any
/// content goes in, and replaces the file only when content, mode or group differ.
/// </summary>
internal static class StagedWrite
{
    /// <summary><c>write_if_changed &lt;path&gt; &lt;mode&gt; &lt;group&gt;</c> reads the content from stdin; returns 1 when nothing changed.</summary>
    public const string Function =
        "write_if_changed() {\n"
        + "  local target=\"$1\" mode=\"$2\" group=\"$3\" staged\n"
        + "  staged=\"$(mktemp \"${target%/*}/.${target##*/}.XXXXXX\")\"\n"
        + "  chgrp \"$group\" \"$staged\"\n"
        + "  chmod \"$mode\" \"$staged\"\n"
        + "  cat > \"$staged\"\n"
        + "  if [ -f \"$target\" ] && cmp -s \"$staged\" \"$target\" && [ \"$(stat -c %a:%G \"$target\")\" = \"${mode#0}:${group}\" ]; then\n"
        + "    rm -f \"$staged\"\n"
        + "    return 1\n"
        + "  fi\n"
        + "  mv -f \"$staged\" \"$target\"\n"
        + "}\n";

    /// <summary>Writes <paramref name="file"/> and runs <paramref name="onChange"/> when it changed.</summary>
    public static void Append(StringBuilder script, FileToWrite file, IReadOnlyList<string> onChange)
    {
        CheckContent(file.Path, file.Content);
        script.Append("if write_if_changed ").Append(ShellQuote.Single(file.Path)).Append(' ').Append(file.Mode).Append(' ').Append(ShellQuote.Single(file.Group))
            .Append(" <<'").Append(FileBundleScript.HeredocTerminator).Append("'\n");
        script.Append(file.Content);
        script.Append(FileBundleScript.HeredocTerminator).Append('\n');
        script.Append("then\n");
        foreach (var line in onChange)
        {
            script.Append("  ").Append(line).Append('\n');
        }
        script.Append("fi\n");
    }

    /// <summary>A heredoc carries the content exactly only when it ends with a line break and never holds its terminator.</summary>
    public static void CheckContent(string path, string content)
    {
        if (!path.StartsWith('/') || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"path '{path}' is not an absolute path without blanks", nameof(path));
        }
        if (!content.EndsWith('\n') || content.Contains('\0', StringComparison.Ordinal)
            || content.Split('\n').Any(line => line.Trim() == FileBundleScript.HeredocTerminator))
        {
            throw new ArgumentException($"the content for '{path}' must end with a line break and hold neither NUL nor a line {FileBundleScript.HeredocTerminator}", nameof(content));
        }
    }

    /// <summary>Installs the Debian packages that are not installed yet (one apt run), non-interactively.</summary>
    public static void AppendInstall(StringBuilder script, IReadOnlyList<string> packages)
    {
        script.Append("missing=()\n");
        script.Append("packages=(").AppendJoin(' ', packages).Append(")\n");
        script.Append("for package in \"${packages[@]}\"; do\n");
        script.Append("  dpkg-query --show --showformat='${Status}' \"$package\" 2>/dev/null | grep -q 'install ok installed' || missing+=(\"$package\")\n");
        script.Append("done\n");
        script.Append("if [ \"${#missing[@]}\" -gt 0 ]; then\n");
        script.Append("  export DEBIAN_FRONTEND=noninteractive\n");
        script.Append("  apt-get update -qq\n");
        script.Append("  apt-get install -y -qq --no-install-recommends \"${missing[@]}\" >/dev/null\n");
        script.Append("fi\n");
    }
}
