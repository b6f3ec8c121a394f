namespace Lab.Tests.Support;

/// <summary>A folder of its own under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("lab-test-").FullName;

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> in the folder and returns the file's path.</summary>
    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
