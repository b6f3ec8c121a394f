using System.Diagnostics;
using System.Globalization;

namespace Lab.Infra.Bench;

/// <summary>One synth in a fresh process: its wall time from start to exit, and its peak resident memory.</summary>
/// <param name="Seconds">Wall time, runtime start-up and JIT included.</param>
/// <param name="PeakMiB">The highest resident set (Linux VmHWM) seen while it ran; 0 where /proc is not available.</param>
internal sealed record ChildRun(double Seconds, double PeakMiB)
{
    /// <summary>Runs <c>synth &lt;stack&gt;</c> in <paramref name="project"/> as a new process of this program.</summary>
    /// <exception cref="InvalidOperationException">The synth failed.</exception>
    public static ChildRun Synth(string project, string stack)
    {
        var info = Self();
        info.ArgumentList.Add("synth");
        info.ArgumentList.Add(stack);
        info.WorkingDirectory = project;
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        var peak = 0.0;
        // VmHWM only grows, so its last reading before the exit is the peak, up to the last few milliseconds.
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return process.ExitCode == 0
            ? new ChildRun(seconds, peak)
            : throw new InvalidOperationException($"synth {stack} failed (exit {process.ExitCode}): {error.Result}{output.Result}");
    }

    /// <summary>How to start this program again: its apphost, or <c>dotnet</c> with its assembly.</summary>
    private static ProcessStartInfo Self()
    {
        var host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Lab.Infra.exe" : "Lab.Infra");
        if (File.Exists(host))
        {
            return new ProcessStartInfo(host) { UseShellExecute = false };
        }
        var info = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lab.Infra.dll"));
        return info;
    }

    private static double PeakOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
