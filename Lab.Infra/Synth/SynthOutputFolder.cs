using Lab.Infra.Config;

namespace Lab.Infra.Synth;

/// <summary>
/// The one folder synth of a stack may delete and write: <c>artifacts/synth/&lt;stack&gt;/</c> of the project. Every
/// path synth writes is checked to lie below it, and a folder on the way that is a symbolic link is refused, so that
/// no stack name, host name or link can make synth delete or write anything else.
/// </summary>
internal static class SynthOutputFolder
{
    /// <summary>The stack's output folder, or a problem when it would not be a plain folder below <c>artifacts/synth/</c>.</summary>
    public static (string? Path, string? Problem) Of(string projectRoot, string stack)
    {
        if (StackName.Problem(stack) is { } problem)
        {
            return (null, problem);
        }

        var root = Path.GetFullPath(projectRoot);
        var parent = Path.Combine(root, "artifacts", "synth");
        var folder = Path.GetFullPath(Path.Combine(parent, stack));
        if (Path.GetDirectoryName(folder) != parent)
        {
            return (null, $"'{stack}' does not name a folder directly below artifacts/synth/");
        }

        foreach (var path in new[] { Path.Combine(root, "artifacts"), parent, folder })
        {
            if (new DirectoryInfo(path) is { Exists: true, LinkTarget: { } target })
            {
                return (null, $"{Path.GetRelativePath(root, path)} is a symbolic link (to {target}): synth writes only into plain folders; remove the link");
            }
            if (File.Exists(path))
            {
                return (null, $"{Path.GetRelativePath(root, path)} is a file: synth needs a folder there; remove it");
            }
        }

        // FolderSync walks the folder to delete stale files: a link inside would lead it (and the writes) elsewhere.
        if (Directory.Exists(folder) && LinkInside(folder) is { } link)
        {
            return (null, $"{Path.GetRelativePath(root, link.FullName)} is a symbolic link (to {link.LinkTarget}): synth writes only into plain folders; remove the link");
        }

        return (folder, null);
    }

    /// <summary>The first symbolic link below <paramref name="folder"/>, found without following any link.</summary>
    private static FileSystemInfo? LinkInside(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true };
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.TryPop(out var current))
        {
            foreach (var entry in current.EnumerateFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is not null)
                {
                    return entry;
                }
                if (entry is DirectoryInfo directory)
                {
                    pending.Push(directory);
                }
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relativePath"/> inside <paramref name="folder"/>; throws if it would leave it.</summary>
    public static string Inside(string folder, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (Path.IsPathRooted(relativePath) || !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // A component's file path, not config: reaching this is a bug, and nothing outside is touched.
            throw new InvalidOperationException($"synth refuses to write '{relativePath}': it is not below {folder}");
        }

        return path;
    }
}
