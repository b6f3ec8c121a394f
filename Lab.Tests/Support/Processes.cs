using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Lab.Tests.Support;

/// <summary>What a finished process left: its exit code and everything it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>For assertion messages.</summary>
    public string Describe() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
}

/// <summary>Runs real tools (bash, sh, shellcheck, curl) from tests, with bounded time and exact bytes on stdin.</summary>
public static class Processes
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Runs <paramref name="fileName"/> to its end (at most 60 s). With <paramref name="environment"/>, the process
    /// gets exactly those variables and nothing inherited. Returns null when the program does not exist.
    /// </summary>
    public static ProcessResult? TryRun(string fileName, IEnumerable<string> arguments, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            info.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                info.Environment[name] = value;
            }
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(stdin ?? string.Empty);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process exited (or closed stdin) before reading all of it; its exit code tells the rest.
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{fileName} did not finish within 60 s");
            }

            return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    /// <summary>
    /// Runs a Debian tool the tests check rendered files with; when it is missing the test fails naming the package
    /// to install (it never skips).
    /// </summary>
    public static ProcessResult RunTool(string fileName, IEnumerable<string> arguments, string debianPackage, string? stdin = null)
    {
        var result = TryRun(fileName, arguments, stdin);
        if (result is null)
        {
            Assert.Fail($"{fileName} is not installed; install it with `apt-get install -y {debianPackage}` (the tests need it)");
        }

        return result!;
    }

    /// <summary>Like <see cref="TryRun"/>, but fails the test when the program does not exist.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null) =>
        TryRun(fileName, arguments, stdin, environment, workingDirectory) ?? throw new AssertionException($"{fileName} is not installed");
}
