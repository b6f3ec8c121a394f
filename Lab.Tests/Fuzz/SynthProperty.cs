using System.Text.RegularExpressions;
using Lab.Infra.Synth;

namespace Lab.Tests.Fuzz;

/// <summary>
/// What every synth must do whatever the stack file holds (issue 11): finish within the bounds, exit 0, 1 or 2,
/// print only its own one-line messages (never a stack trace or an exception's type), touch no path but its own
/// output folder, and touch nothing at all unless it succeeded.
/// </summary>
public static partial class SynthProperty
{
    /// <summary>How synth's own lines start; anything else (a stack frame, an exception's text) is a leak.</summary>
    private static readonly string[] LinePrefixes = ["error: ", "warning: ", "synth: "];

    public static IReadOnlyList<string> Violations(string stack, SynthOutcome outcome, FuzzBounds? bounds)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var problems = new List<string>();
        if (outcome.Escaped is { } escaped)
        {
            problems.Add($"an exception escaped synth (a process would have crashed): {escaped.GetType().Name}: {escaped.Message}");
        }
        else if (outcome.ExitCode is null)
        {
            problems.Add($"did not finish within {outcome.Elapsed.TotalSeconds:0.0} s");
        }
        else if (outcome.ExitCode is not (SynthCommand.Rendered or SynthCommand.Invalid or SynthCommand.Usage))
        {
            problems.Add($"exit code {outcome.ExitCode}, not 0, 1 or 2");
        }

        foreach (var message in Messages(outcome.Output))
        {
            var firstLine = message.Split('\n')[0];
            if (!LinePrefixes.Any(prefix => message.StartsWith(prefix, StringComparison.Ordinal)))
            {
                problems.Add($"printed a line that is not one of synth's messages: {Shortened(firstLine)}");
            }
            else if (message.Contains(SynthCommand.Unexpected, StringComparison.Ordinal) || ExceptionName().IsMatch(message))
            {
                problems.Add($"printed an unexpected failure: {Shortened(message)}");
            }
            else if (KnownDefects.Of(message) is not null)
            {
                continue;
            }
            else if (message.Contains('\n', StringComparison.Ordinal))
            {
                problems.Add($"printed a message over several lines (one problem, one line): {Shortened(message)}");
            }
            else if (message.Length > FuzzBounds.MaxLineLength)
            {
                problems.Add($"printed a line of {message.Length} characters (more than {FuzzBounds.MaxLineLength}): {Shortened(message)}");
            }
        }

        var own = SynthSandbox.OwnFolder(stack);
        var outside = outcome.Changed.Where(path => !path.StartsWith(own, StringComparison.Ordinal)).ToList();
        if (outside.Count > 0)
        {
            problems.Add($"changed paths outside {own}: {string.Join(", ", outside)}");
        }
        else if (outcome.ExitCode is not SynthCommand.Rendered && outcome.Changed.Count > 0)
        {
            problems.Add($"failed with exit {outcome.ExitCode} but changed {string.Join(", ", outcome.Changed)}");
        }
        else if (outcome.ExitCode is SynthCommand.Rendered && !outcome.Changed.Contains(own + "resources.json"))
        {
            problems.Add("exited 0 without writing resources.json");
        }

        if (bounds is not null && outcome.Elapsed > bounds.Time)
        {
            problems.Add($"took {outcome.Elapsed.TotalSeconds:0.00} s, more than the bound of {bounds.Time.TotalSeconds:0.00} s");
        }

        if (bounds is not null && outcome.AllocatedBytes > bounds.AllocatedBytes)
        {
            problems.Add($"allocated {outcome.AllocatedBytes / 1e6:0} MB, more than the bound of {bounds.AllocatedBytes / 1e6:0} MB");
        }

        return problems;
    }

    /// <summary>
    /// The messages of synth's output: each line that starts like one of synth's, with the lines after it that do
    /// not (a message broken over lines, or whatever else was printed); lines before the first message stand alone.
    /// </summary>
    public static IReadOnlyList<string> Messages(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var messages = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (messages.Count > 0 && !LinePrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal)))
            {
                messages[^1] += "\n" + line;
            }
            else
            {
                messages.Add(line);
            }
        }

        return messages;
    }

    private static string Shortened(string line) => line.Length > 300 ? line[..300] + "..." : line;

    // A .NET exception's type name (InvalidOperationException, System.IO.IOException), or a stack frame.
    [GeneratedRegex(@"\b[A-Z]\w*Exception\b|^\s+at \S|Unhandled exception", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ExceptionName();
}
