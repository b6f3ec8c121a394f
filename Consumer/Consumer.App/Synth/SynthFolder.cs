namespace Consumer.App.Synth;

/// <summary>
/// The one folder a consumer synth may empty and write, <c>artifacts/synth/&lt;stack&gt;/</c> of the consumer's project:
/// a plain folder, reached through no symbolic link, so no stack name or link makes synth delete or write elsewhere.
/// </summary>
internal static class SynthFolder
{
    /// <summary>Why synth may not write <paramref name="folder"/>, or null when it may.</summary>
    public static string? Problem(string root, string folder)
    {
        foreach (var path in new[] { Path.Combine(root, "artifacts"), Path.Combine(root, "artifacts", "synth"), folder })
        {
            if (File.Exists(path))
            {
                return $"{Path.GetRelativePath(root, path)} is a file: synth needs a folder there; remove it";
            }
            if (new DirectoryInfo(path) is { Exists: true, LinkTarget: { } target })
            {
                return $"{Path.GetRelativePath(root, path)} is a symbolic link (to {target}): synth writes only into plain folders; remove the link";
            }
        }
        if (Directory.Exists(folder) && new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .FirstOrDefault(entry => entry.LinkTarget is not null) is { } link)
        {
            return $"{Path.GetRelativePath(root, link.FullName)} is a symbolic link: synth writes only into plain folders; remove the link";
        }
        return null;
    }

    /// <summary>Makes <paramref name="folder"/> hold exactly <paramref name="files"/> (paths relative to it, <c>/</c>-separated).</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }
}
