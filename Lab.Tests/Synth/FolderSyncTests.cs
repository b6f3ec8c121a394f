using Lab.Infra.Synth;
using Lab.Tests.Support;

namespace Lab.Tests.Synth;

public sealed class FolderSyncTests
{
    [Test]
    public void The_folder_ends_with_exactly_the_given_files_and_no_empty_folder()
    {
        using var folder = new TemporaryFolder();
        FolderSync.Write(folder.Path, new Dictionary<string, string> { ["a.txt"] = "a", ["files/vb0/etc/x"] = "x", ["files/rpi0/y"] = "y" });

        FolderSync.Write(folder.Path, new Dictionary<string, string> { ["a.txt"] = "A", ["files/vb0/etc/x"] = "x" });

        var left = Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.That(left, Is.EqualTo(new[] { "a.txt", "files", "files/vb0", "files/vb0/etc", "files/vb0/etc/x" }));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "a.txt")), Is.EqualTo("A"));
    }

    [Test]
    public void An_unchanged_file_is_not_written_again()
    {
        using var folder = new TemporaryFolder();
        var files = new Dictionary<string, string> { ["files/vb0/etc/consul.d/consul.json"] = "{}" };
        FolderSync.Write(folder.Path, files);
        var path = Path.Combine(folder.Path, "files/vb0/etc/consul.d/consul.json");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        FolderSync.Write(folder.Path, files);

        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written));
    }
}
