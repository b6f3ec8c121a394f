using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lab.Infra.Synth;
using Lab.Tests.Fuzz.Mutations;

namespace Lab.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the stack files (issue 11): generated mutations of the committed <c>Pulumi.lab.yaml</c>
/// and <c>Pulumi.dev.yaml</c> run through synth, in this process against a scratch project (hundreds of cases fit
/// in CI) and a few through the real <c>dotnet Lab.Infra.dll synth</c> process (what only a process shows, such as
/// a crash's exit code 134). Every case must keep <see cref="SynthProperty"/>. CI runs a fixed seed; the README's
/// "Fuzzing the config" gives the longer run. Serial: synth runs the program under the SDK's test deployment and
/// sets PULUMI_CONFIG for it, and the bounds measure this process's time and allocations.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StackFileFuzzTests
{
    /// <summary>Where the process cases' indexes start: cases of their own, not repeats of the in-process ones.</summary>
    private const int FirstProcessCase = 1_000_000;

    /// <summary>Failing cases collected before the run stops, so that a long run reports several defects at once.</summary>
    private const int MaxFailures = 5;

    private static readonly FuzzSettings Settings = FuzzSettings.FromEnvironment();

    [Test]
    public async Task Mutated_stack_files_exit_0_1_or_2_within_bounds_with_only_synths_messages_and_write_only_their_own_folder()
    {
        using var sandbox = new SynthSandbox();
        var bounds = await CalibrateAsync(sandbox);
        var exits = new SortedDictionary<int, int>();
        var times = new List<TimeSpan>();
        long mostAllocated = 0;
        var knownDefects = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var index = Settings.First; index < Settings.First + Settings.Cases && failures.Count < MaxFailures; index++)
        {
            var fuzzCase = StackFileGen.Generate(Settings.Seed, index);
            var outcome = await sandbox.RunInProcessAsync(fuzzCase.Stack, fuzzCase.Render(), bounds.Time);
            var violations = SynthProperty.Violations(fuzzCase.Stack, outcome, bounds);
            if (violations.Count > 0)
            {
                failures.Add(await ReportAsync(sandbox, index, fuzzCase, outcome, violations, bounds));
                // A case that did not finish is still running, and would disturb every case after it.
                if (outcome.ExitCode is null && outcome.Escaped is null)
                {
                    break;
                }

                continue;
            }

            if (Settings.Verbose)
            {
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"case {index}: exit {outcome.ExitCode} in {outcome.Elapsed.TotalMilliseconds:0} ms: {fuzzCase}\n  {outcome.Output.Split('\n')[0]}"));
            }

            exits[outcome.ExitCode!.Value] = exits.GetValueOrDefault(outcome.ExitCode.Value) + 1;
            times.Add(outcome.Elapsed);
            mostAllocated = Math.Max(mostAllocated, outcome.AllocatedBytes ?? 0);
            knownDefects += SynthProperty.Messages(outcome.Output).Any(m => KnownDefects.Of(m) is not null) ? 1 : 0;
        }

        Assert.That(failures, Is.Empty, () => string.Join("\n", failures));
        times.Sort();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {Settings.Cases} cases of seed {Settings.Seed} from case {Settings.First} in {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"{string.Join(", ", exits.Select(e => $"exit {e.Key}: {e.Value}"))}; per case median {Median(times).TotalMilliseconds:0} ms, "
            + $"slowest {times.LastOrDefault().TotalMilliseconds:0} ms, most allocated {mostAllocated / 1e6:0} MB; bounds {bounds}; "
            + $"{knownDefects} cases met a known defect (KnownDefects.cs)"));
        if (Settings.IsDefault)
        {
            // The fixed seed must keep reaching all three outcomes, or the cases stopped testing what they claim
            // (e.g. a generator change that makes every file unparsable would only ever test the YAML reader).
            Assert.That(exits.Keys, Is.EqualTo(new[] { SynthCommand.Rendered, SynthCommand.Invalid, SynthCommand.Usage }));
            Assert.That(exits.Values, Has.All.GreaterThanOrEqualTo(10));
        }
    }

    [Test]
    public void Mutated_stack_files_through_the_real_process_exit_0_1_or_2_with_only_synths_messages_and_write_only_their_own_folder()
    {
        using var sandbox = new SynthSandbox();
        var exits = new List<int>();
        foreach (var (index, fuzzCase) in ProcessCases())
        {
            var stackFile = fuzzCase.Render();
            var outcome = sandbox.RunProcess(fuzzCase.Stack, stackFile);
            var violations = SynthProperty.Violations(fuzzCase.Stack, outcome, bounds: null);
            Assert.That(violations, Is.Empty, () => Describe(index, fuzzCase, fuzzCase, stackFile, outcome, violations, null));
            exits.Add(outcome.ExitCode!.Value);
        }

        TestContext.Out.WriteLine($"fuzz: {exits.Count} cases through the process, exit codes {string.Join(", ", exits)}");
        Assert.That(exits, Has.Count.EqualTo(Settings.ProcessCases + HostileCases.Length));
    }

    /// <summary>
    /// What could kill a process rather than fail a call, run as a process always: nesting deep enough to overflow a
    /// recursive reader's stack, an alias bomb, a file past the size bound; and the unmutated lab, which must render.
    /// </summary>
    private static readonly FuzzCase[] HostileCases =
    [
        new("lab", [], []),
        new("lab", [new DeepFlowNesting(Pick: 1, Depth: 200_000, Maps: false, Unclosed: false)], []),
        new("dev", [new AliasBomb(Destination: 1, Depth: 10, Width: 10)], []),
        new("dev", [new HugeScalar(Pick: 1, Length: 1_100_000, Style: 0)], []),
    ];

    private static IEnumerable<(int Index, FuzzCase Case)> ProcessCases()
    {
        for (var index = FirstProcessCase + Settings.First; index < FirstProcessCase + Settings.First + Settings.ProcessCases; index++)
        {
            yield return (index, StackFileGen.Generate(Settings.Seed, index));
        }

        for (var i = 0; i < HostileCases.Length; i++)
        {
            yield return (-1 - i, HostileCases[i]);
        }
    }

    /// <summary>The bounds, from three synths of the unmutated lab stack (the first also warms up the JIT).</summary>
    private static async Task<FuzzBounds> CalibrateAsync(SynthSandbox sandbox)
    {
        var stackFile = new FuzzCase("lab", [], []).Render();
        var runs = new List<SynthOutcome>();
        for (var run = 0; run < 3; run++)
        {
            var outcome = await sandbox.RunInProcessAsync("lab", stackFile, TimeSpan.FromMinutes(2));
            Assert.That(SynthProperty.Violations("lab", outcome, bounds: null), Is.Empty, "the unmutated lab stack, as the fuzz test writes it");
            Assert.That(outcome.ExitCode, Is.EqualTo(SynthCommand.Rendered), outcome.Output);
            runs.Add(outcome);
        }

        return FuzzBounds.FromBaseline(Median([.. runs.Select(r => r.Elapsed).Order()]), runs.Select(r => r.AllocatedBytes!.Value).Order().ElementAt(1));
    }

    private static async Task<string> ReportAsync(SynthSandbox sandbox, int index, FuzzCase fuzzCase, SynthOutcome outcome, IReadOnlyList<string> violations, FuzzBounds bounds)
    {
        // A case that did not finish is still running: shrinking would pile up more of them.
        var shrunk = outcome.ExitCode is null && outcome.Escaped is null
            ? fuzzCase
            : await FuzzShrinker.ShrinkAsync(fuzzCase, async candidate =>
                SynthProperty.Violations(candidate.Stack, await sandbox.RunInProcessAsync(candidate.Stack, candidate.Render(), bounds.Time), bounds).Count > 0);
        var shrunkOutcome = ReferenceEquals(shrunk, fuzzCase) ? outcome : await sandbox.RunInProcessAsync(shrunk.Stack, shrunk.Render(), bounds.Time);
        var shrunkViolations = ReferenceEquals(shrunk, fuzzCase) ? violations : SynthProperty.Violations(shrunk.Stack, shrunkOutcome, bounds);
        return Describe(index, fuzzCase, shrunk, shrunk.Render(), shrunkOutcome, shrunkViolations, bounds);
    }

    private static string Describe(int index, FuzzCase fuzzCase, FuzzCase shrunk, string stackFile, SynthOutcome outcome, IReadOnlyList<string> violations, FuzzBounds? bounds)
    {
        var text = new StringBuilder();
        var name = index >= 0 ? $"case {index} of seed {Settings.Seed}" : $"hostile case {-1 - index} (HostileCases)";
        text.AppendLine(CultureInfo.InvariantCulture, $"{name} breaks the property ({bounds?.ToString() ?? "no time bound"}):");
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {violation}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"case: {fuzzCase}");
        text.AppendLine(CultureInfo.InvariantCulture, $"shrunk to: {shrunk}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exit {outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"} after {outcome.Elapsed.TotalMilliseconds:0} ms; the stack file ({stackFile.Length} characters):");
        text.AppendLine(Clip(stackFile));
        text.AppendLine("synth printed:");
        text.AppendLine(Clip(outcome.Output));
        if (outcome.Escaped is { } escaped)
        {
            text.AppendLine(escaped.ToString());
        }

        if (index >= 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"reproduce (in this process): {Settings.Reproduce(index)}");
        }

        return text.ToString();
    }

    private static string Clip(string text) => text.Length > 4_000 ? text[..4_000] + $"\n... ({text.Length - 4_000} more characters)" : text;

    private static TimeSpan Median(List<TimeSpan> sorted) => sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2];
}
