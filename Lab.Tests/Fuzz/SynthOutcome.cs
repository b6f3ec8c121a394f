namespace Lab.Tests.Fuzz;

/// <summary>
/// What one synth of a stack file did: its exit code (null when it did not finish in time), what it printed,
/// an exception that escaped it (in-process, where a process would have crashed), how long it took, how much it
/// allocated (in-process only) and every path of the sandbox it added, changed or removed.
/// </summary>
public sealed record SynthOutcome(int? ExitCode, string Output, Exception? Escaped, TimeSpan Elapsed, long? AllocatedBytes, IReadOnlyList<string> Changed);
