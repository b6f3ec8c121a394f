namespace Lab.Infra.Synth;

/// <summary>
/// Makes a folder hold exactly the given files: it writes only the files whose content changed and deletes only the
/// ones no longer wanted, so a synth of a lab with hundreds of hosts does not delete and rewrite thousands of
/// unchanged files, and tools that watch the folder see only what changed.
/// </summary>
internal static class FolderSync
{
    /// <param name="directory">The folder; created when missing.</param>
    /// <param name="files">Content by path relative to <paramref name="directory"/>, with <c>/</c> separators.</param>
    public static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        var wanted = files.Keys.Select(relative => Path.GetFullPath(Path.Combine(directory, relative))).ToHashSet(StringComparer.Ordinal);
        foreach (var existing in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            if (!wanted.Contains(Path.GetFullPath(existing)))
            {
                File.Delete(existing);
            }
        }
        RemoveEmptyFolders(directory);
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(directory, relative);
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }

    private static void RemoveEmptyFolders(string directory)
    {
        foreach (var folder in Directory.EnumerateDirectories(directory))
        {
            RemoveEmptyFolders(folder);
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
