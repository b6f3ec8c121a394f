using System.Diagnostics;
using Lab.Infra.Synth;
using Lab.Tests.Support;

namespace Lab.Tests.Fuzz;

/// <summary>
/// A scratch project for synth: <c>project/</c> holds a copy of <c>Pulumi.yaml</c> and the stack file under test,
/// beside files synth must never touch (a folder next to the project, another stack's synth folder). Before each
/// run the stack's synth folder holds one stale file, so that a run that succeeds also exercises the deleting of
/// stale files. Each run records every path of the sandbox that changed.
/// </summary>
public sealed class SynthSandbox : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SynthSandbox()
    {
        Directory.CreateDirectory(Project);
        File.Copy(RepoFiles.PathOf("Pulumi.yaml"), Path.Combine(Project, "Pulumi.yaml"));
        foreach (var kept in new[] { "outside/keep.txt", "project/artifacts/synth/other/keep.txt", "project/artifacts/keep.txt" })
        {
            var path = Path.Combine(_folder.Path, kept);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "kept");
        }
    }

    /// <summary>The project folder synth runs in.</summary>
    public string Project => Path.Combine(_folder.Path, "project");

    /// <summary>The folder synth of <paramref name="stack"/> may write, relative to the sandbox, with '/'.</summary>
    public static string OwnFolder(string stack) => $"project/artifacts/synth/{stack}/";

    /// <summary>Runs <see cref="SynthCommand"/> in this process on <paramref name="stackFile"/>, for at most <paramref name="timeout"/>.</summary>
    public async Task<SynthOutcome> RunInProcessAsync(string stack, string stackFile, TimeSpan timeout)
    {
        var before = Prepare(stack, stackFile);
        using var output = new StringWriter { NewLine = "\n" };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        int? code = null;
        Exception? escaped = null;
        try
        {
            // On a thread-pool thread, so that a synchronous loop inside synth cannot outlast the timeout.
            code = await Task.Run(() => SynthCommand.RunAsync([stack], Project, output)).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
        }
        catch (Exception e)
        {
            escaped = e;
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new SynthOutcome(code, code is null ? "" : output.ToString(), escaped, clock.Elapsed, allocated, Changes(before, Snapshot()));
    }

    /// <summary>Runs <c>dotnet Lab.Infra.dll synth &lt;stack&gt;</c> in the project folder, as a user would.</summary>
    public SynthOutcome RunProcess(string stack, string stackFile)
    {
        var before = Prepare(stack, stackFile);
        var clock = Stopwatch.StartNew();
        var result = Processes.Run("dotnet", [typeof(SynthCommand).Assembly.Location, "synth", stack], workingDirectory: Project);
        clock.Stop();
        return new SynthOutcome(result.ExitCode, result.StdOut + result.StdErr, null, clock.Elapsed, null, Changes(before, Snapshot()));
    }

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, (long Length, DateTime Written)> Prepare(string stack, string stackFile)
    {
        var own = Path.Combine(_folder.Path, OwnFolder(stack));
        if (Directory.Exists(own))
        {
            Directory.Delete(own, recursive: true);
        }

        Directory.CreateDirectory(own);
        File.WriteAllText(Path.Combine(own, "stale.txt"), "from an earlier synth");
        File.WriteAllText(Path.Combine(Project, $"Pulumi.{stack}.yaml"), stackFile);
        return Snapshot();
    }

    /// <summary>Every file and folder of the sandbox by relative path ('/'), with what tells a changed file (folders: length -1).</summary>
    private Dictionary<string, (long Length, DateTime Written)> Snapshot()
    {
        var root = new DirectoryInfo(_folder.Path);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return root.EnumerateFileSystemInfos("*", options).ToDictionary(
            entry => Path.GetRelativePath(root.FullName, entry.FullName).Replace('\\', '/') + (entry is DirectoryInfo ? "/" : ""),
            entry => (entry is FileInfo file ? file.Length : -1, entry.LastWriteTimeUtc),
            StringComparer.Ordinal);
    }

    private static List<string> Changes(Dictionary<string, (long, DateTime)> before, Dictionary<string, (long, DateTime)> after) =>
    [
        .. before.Keys.Union(after.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || (path[^1] != '/' && old != now))
            .Order(StringComparer.Ordinal),
    ];
}
