using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lab.Infra.Synth;

namespace Lab.Infra.Bench;

/// <summary>
/// <c>bench [--runs N] [--clients N]</c>: how fast synth is, for <c>lab</c> and for lab with N clients (100 by
/// default). For each: the median wall time of <c>synth</c> in a fresh process (start-up and JIT included) and in a
/// warm process, the median of the render alone (the program under mocks, no files written), the peak resident memory
/// of a fresh process, resources per second and the deployment depth; then the ratios, against the goals: lab at most
/// 0.5 s, N clients at most 2.5 times lab, the same depth. A report, not a test: it always exits 0 (2 on bad usage).
/// </summary>
public static class BenchCommand
{
    private const double LabGoalSeconds = 0.5;
    private const double ClientsGoalRatio = 2.5;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, string workingDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var runs = 7;
        var clients = 100;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--runs" or "--clients" && i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                (runs, clients) = args[i] == "--runs" ? (value, clients) : (runs, value);
                i++;
                continue;
            }
            await error.WriteLineAsync("usage: dotnet run --project Lab.Infra -c Release -p:PulumiSdk=offline -- bench [--runs N] [--clients N]").ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(Path.Combine(workingDirectory, "Pulumi.lab.yaml")))
        {
            await error.WriteLineAsync($"error: no Pulumi.lab.yaml in {workingDirectory}: run bench from the repository root.").ConfigureAwait(false);
            return 2;
        }

        var big = $"lab-{clients}-clients";
        using var project = BenchStack.Create(workingDirectory, big, clients);
        var results = new List<BenchResult>();
        foreach (var stack in new[] { "lab", big })
        {
            await error.WriteLineAsync($"bench: {stack}, {runs} runs each").ConfigureAwait(false);
            results.Add(await MeasureAsync(project.Root, stack, runs).ConfigureAwait(false));
        }
        await output.WriteAsync(Report(results, runs, clients)).ConfigureAwait(false);
        return 0;
    }

    private static async Task<BenchResult> MeasureAsync(string project, string stack, int runs)
    {
        var cold = Enumerable.Range(0, runs).Select(_ => ChildRun.Synth(project, stack)).ToList();

        // Warm: this process has run the program once already, as a long-lived host (a test run, an editor) would.
        var config = ProjectConfig.Load(project, stack);
        var result = await SynthCommand.RenderAsync(config, stack).ConfigureAwait(false);
        await Synth(project, stack).ConfigureAwait(false);
        var render = new List<double>();
        var warm = new List<double>();
        var cpu = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await SynthCommand.RenderAsync(config, stack).ConfigureAwait(false);
            render.Add(clock.Elapsed.TotalSeconds);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            clock.Restart();
            await Synth(project, stack).ConfigureAwait(false);
            warm.Add(clock.Elapsed.TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return new BenchResult(stack, result.Resources.Count, DeploymentDepth.Of(result.Resources),
            Median(cold.Select(c => c.Seconds)), Median(warm), Median(render), Median(cpu), cold.Max(c => c.PeakMiB));
    }

    private static async Task Synth(string project, string stack)
    {
        using var error = new StringWriter();
        if (await SynthCommand.RunAsync([stack], project, error).ConfigureAwait(false) != SynthCommand.Rendered)
        {
            throw new InvalidOperationException($"synth {stack} failed: {error}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Report(List<BenchResult> results, int runs, int clients)
    {
        var (lab, big) = (results[0], results[1]);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## synth benchmark ({runs} runs each, medians; {Environment.ProcessorCount} cores)\n\n");
        text.Append("| stack | resources | depth | fresh process (s) | warm process (s) | warm CPU (s) | render only (s) | resources/s (warm) | peak memory, fresh (MiB) |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.Stack} | {r.Resources} | {r.Depth} | {r.ColdSeconds:0.000} | {r.WarmSeconds:0.000} | {r.WarmCpuSeconds:0.000} | {r.RenderSeconds:0.000} | {r.Resources / r.WarmSeconds:0} | {r.PeakMiB:0} |\n");
        }
        var coldRatio = big.ColdSeconds / lab.ColdSeconds;
        var warmRatio = big.WarmSeconds / lab.WarmSeconds;
        text.Append(CultureInfo.InvariantCulture, $"\nRatios, {clients} clients to lab: fresh process {coldRatio:0.00}x, warm {warmRatio:0.00}x, warm CPU {big.WarmCpuSeconds / lab.WarmCpuSeconds:0.00}x, render {big.RenderSeconds / lab.RenderSeconds:0.00}x, resources {(double)big.Resources / lab.Resources:0.00}x, peak memory {big.PeakMiB / lab.PeakMiB:0.00}x.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Load average while measuring: {LoadAverage()} (wall times on a shared machine grow with it; CPU time much less).\n\n");
        text.Append("Goals:\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- lab at most {LabGoalSeconds} s: fresh process {Verdict(lab.ColdSeconds <= LabGoalSeconds)} ({lab.ColdSeconds:0.000} s), warm {Verdict(lab.WarmSeconds <= LabGoalSeconds)} ({lab.WarmSeconds:0.000} s)\n");
        text.Append(CultureInfo.InvariantCulture, $"- {clients} clients at most {ClientsGoalRatio}x lab: fresh process {Verdict(coldRatio <= ClientsGoalRatio)} ({coldRatio:0.00}x), warm {Verdict(warmRatio <= ClientsGoalRatio)} ({warmRatio:0.00}x)\n");
        text.Append(CultureInfo.InvariantCulture, $"- depth independent of the client count: {Verdict(lab.Depth == big.Depth)} ({lab.Depth} and {big.Depth})\n");
        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private sealed record BenchResult(string Stack, int Resources, int Depth, double ColdSeconds, double WarmSeconds, double RenderSeconds, double WarmCpuSeconds, double PeakMiB);
}
