using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// A bash script that writes a set of files as root: sent as <c>Stdin</c> to <see cref="RemoteShell.SudoBashFromStdin"/>,
/// so file contents (keys, tokens) appear in no argv and in no preview. It creates the parent directories, writes
/// each file, then runs <c>thenRun</c>.
/// </summary>
public static partial class FileBundleScript
{
    /// <summary>Ends each file's heredoc; no file may contain it as a line.</summary>
    public const string HeredocTerminator = "LAB_EOF";

    /// <summary>
    /// Renders the script. Files are written in path order, each one created empty with its final mode, owner and
    /// group (<c>install ... /dev/null</c>) before its content goes in, so it is never readable with wrong permissions;
    /// <c>install</c> unlinks an existing file first, so old permissions do not carry over either.
    /// </summary>
    /// <param name="files">The files to write; their paths must be distinct.</param>
    /// <param name="thenRun">Command lines to run after the files are written, in the given order, such as <c>systemctl restart consul</c>.</param>
    /// <exception cref="ArgumentException">A path, mode, owner, group, content or command line breaks a rule above; the message names it.</exception>
    public static string Render(IReadOnlyList<FileToWrite> files, IReadOnlyList<string> thenRun)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(thenRun);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Validate(file, nameof(files));
            if (!seen.Add(file.Path))
            {
                throw new ArgumentException($"File '{file.Path}' is listed twice; give each path once.", nameof(files));
            }
        }

        foreach (var command in thenRun)
        {
            if (string.IsNullOrWhiteSpace(command) || command.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                throw new ArgumentException($"Command '{command}' in thenRun must be one non-empty line.", nameof(thenRun));
            }
        }

        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var directories = sorted.Select(f => f.Path[..f.Path.LastIndexOf('/')])
            .Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var script = new StringBuilder();
        script.Append("set -euo pipefail\n");
        // bash parses a compound command completely before it runs any of it, so a transfer cut short runs nothing,
        // and with its stdin on /dev/null no command can read the rest of this script (bash -s reads it from stdin).
        script.Append("{\n");

        foreach (var directory in directories)
        {
            script.Append("mkdir -p ").Append(ShellQuote.Single(directory)).Append('\n');
        }

        foreach (var file in sorted)
        {
            var path = ShellQuote.Single(file.Path);
            script.Append("install -m ").Append(file.Mode)
                .Append(" -o ").Append(ShellQuote.Single(file.Owner))
                .Append(" -g ").Append(ShellQuote.Single(file.Group))
                .Append(" /dev/null ").Append(path).Append('\n');
            script.Append("cat > ").Append(path).Append(" <<'").Append(HeredocTerminator).Append("'\n");
            script.Append(file.Content);
            script.Append(HeredocTerminator).Append('\n');
        }

        foreach (var command in thenRun)
        {
            script.Append(command).Append('\n');
        }

        script.Append("} </dev/null\n");
        return script.ToString();
    }

    private static void Validate(FileToWrite file, string parameter)
    {
        ArgumentNullException.ThrowIfNull(file, parameter);
        ValidatePath(file.Path, "File path", parameter);
        if (!ModePattern().IsMatch(file.Mode))
        {
            throw new ArgumentException($"File '{file.Path}' has mode '{file.Mode}'; use 3 or 4 octal digits, such as 0640.", parameter);
        }

        if (string.IsNullOrWhiteSpace(file.Owner) || string.IsNullOrWhiteSpace(file.Group))
        {
            throw new ArgumentException($"File '{file.Path}' needs an owner and a group.", parameter);
        }

        if (file.Content.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"File '{file.Path}' contains a NUL character, which a bash script cannot carry.", parameter);
        }

        // A heredoc always ends its text with a line break, so content without one would not arrive byte for byte.
        if (file.Content.Length > 0 && !file.Content.EndsWith('\n'))
        {
            throw new ArgumentException($"File '{file.Path}' does not end with a line break (\"\\n\"), which its heredoc would add.", parameter);
        }

        // bash ends the heredoc only at the exact line; ShellCheck also flags it with blanks around (SC1118, SC1039).
        var terminator = file.Content.Split('\n').FirstOrDefault(line => line.Trim() == HeredocTerminator);
        if (terminator is not null)
        {
            throw new ArgumentException($"File '{file.Path}' has the line '{terminator}', which reads as the end of its heredoc ({HeredocTerminator}).", parameter);
        }
    }

    private static void ValidatePath(string path, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(path, parameter);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"{what} '{path}' is not absolute; start it with '/'.", parameter);
        }

        if (path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"{what} '{path}' contains whitespace or a control character.", parameter);
        }

        var segments = path[1..].Split('/');
        if (segments.Contains(string.Empty, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{what} '{path}' has an empty segment ('//' or a trailing '/').", parameter);
        }

        if (segments.Any(s => s is "." or ".."))
        {
            throw new ArgumentException($"{what} '{path}' has a '.' or '..' segment; give the plain path.", parameter);
        }
    }

    [GeneratedRegex("^[0-7]{3,4}$")]
    private static partial Regex ModePattern();
}
