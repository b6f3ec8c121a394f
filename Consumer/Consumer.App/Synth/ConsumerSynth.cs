using System.Text.Json;
using System.Text.RegularExpressions;
using Pulumi;

namespace Consumer.App.Synth;

/// <summary>
/// <c>synth &lt;stack&gt;</c>: renders the consumer stack without credentials, with its stack reference fed from what the
/// lab's own synth wrote for the lab stack it names (<c>artifacts/synth/&lt;lab stack&gt;/outputs.json</c> of the lab's
/// project), so it proves the outputs contract end to end: the consumer renders from what the lab really outputs.
/// Writes <c>artifacts/synth/&lt;stack&gt;/</c> of the consumer's project. Exit codes as the lab's synth: 0 rendered,
/// 1 invalid config or a failing program (a lab output missing or malformed), 2 bad usage or a missing or unreadable
/// file (the lab's synth among them).
/// </summary>
public static partial class ConsumerSynth
{
    public const int Rendered = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    private const string UsageText = "usage: dotnet run --project Consumer/Consumer.App -p:PulumiSdk=offline -- synth <stack>   (stacks: Consumer/Pulumi.<stack>.yaml)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, string workingDirectory, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var stack] || !StackName().IsMatch(stack))
        {
            await error.WriteLineAsync(UsageText).ConfigureAwait(false);
            return Usage;
        }
        if (ConsumerProject.FindRoot(workingDirectory) is not { } root)
        {
            await error.WriteLineAsync($"error: no Pulumi.yaml of project '{ConsumerSettings.Project}' in {workingDirectory}, above it, or in its {ConsumerProject.Folder}/: run synth from the repository.").ConfigureAwait(false);
            return Usage;
        }
        var (labStack, fileProblem) = ConsumerProject.ReadLabStack(root, stack);
        if (fileProblem is not null)
        {
            await error.WriteLineAsync($"error: {fileProblem}").ConfigureAwait(false);
            return Usage;
        }
        var (settings, problem) = ConsumerSettings.Parse(labStack);
        if (settings is null)
        {
            await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            return Invalid;
        }

        var (lab, labPath, labProblem) = ReadLab(root, settings);
        if (lab is null)
        {
            await error.WriteLineAsync($"error: {labProblem}").ConfigureAwait(false);
            return Usage;
        }

        // Checked here too, not only by the program: under the real SDK's mocks a failed run's error may reach synth
        // before the program's own message does.
        if (LabOutputNames.All.FirstOrDefault(name => !lab.Values.ContainsKey(name)) is { } missing)
        {
            await error.WriteLineAsync($"error: {LabConnection.MissingOutput(settings.LabStack, missing, [.. lab.Values.Keys])}").ConfigureAwait(false);
            return Invalid;
        }

        ConsumerRender render;
        try
        {
            render = await ConsumerRender.RunAsync(settings, lab, stack).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RunException or ResourceException or AggregateException)
        {
            await error.WriteLineAsync($"error: {Reason(e)}").ConfigureAwait(false);
            return Invalid;
        }
        var folder = Path.Combine(root, "artifacts", "synth", stack);
        if (SynthFolder.Problem(root, folder) is { } folderProblem)
        {
            await error.WriteLineAsync($"error: {folderProblem}").ConfigureAwait(false);
            return Usage;
        }
        var shownLabPath = Path.GetRelativePath(Path.GetDirectoryName(root)!, labPath!);
        SynthFolder.Write(folder, ConsumerSynthWriter.Files(render, settings, stack, shownLabPath));
        await error.WriteLineAsync($"synth: {render.Resources.Count} resources of consumer stack '{stack}' (from {shownLabPath}) written to {Path.GetRelativePath(Path.GetDirectoryName(root)!, folder)}/").ConfigureAwait(false);
        return Rendered;
    }

    /// <summary>The lab's synth outputs of the stack <paramref name="settings"/> names, or what is missing.</summary>
    private static (LabSynthOutputs? Lab, string? Path, string? Problem) ReadLab(string root, ConsumerSettings settings)
    {
        if (ConsumerProject.FindProject(root, settings.LabProject) is not { } labRoot)
        {
            return (null, null, $"{ConsumerSettings.LabStackFullKey} names project '{settings.LabProject}', and no folder above {root} holds its Pulumi.yaml: "
                + "synth renders from the lab's synth in this repository (project homelab)");
        }
        var path = Path.Combine(labRoot, "artifacts", "synth", settings.LabStackName, "outputs.json");
        if (!File.Exists(path))
        {
            return (null, null, $"no synth of lab stack '{settings.LabStackName}': {Path.GetRelativePath(labRoot, path)} is missing; "
                + $"run the lab's synth first: dotnet run --project Lab.Infra -p:PulumiSdk=offline -- synth {settings.LabStackName}");
        }
        try
        {
            return (LabSynthOutputs.Parse(File.ReadAllText(path)), path, null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{Path.GetRelativePath(labRoot, path)} is not the lab synth's outputs ({e.Message.Split('\n')[0]}); run the lab's synth again: "
                + $"dotnet run --project Lab.Infra -p:PulumiSdk=offline -- synth {settings.LabStackName}");
        }
    }

    /// <summary>The message of the innermost ResourceException (a lab output's problem), else the first line of the error.</summary>
    private static string Reason(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        string? found = null;
        while (pending.TryPop(out var current))
        {
            // Under the real SDK's mocks the lab output's ResourceException may arrive re-wrapped in an exception of
            // another type; its message, which names the lab stack, is what counts.
            if (current is ResourceException || current.Message.StartsWith("lab stack '", StringComparison.Ordinal))
            {
                found = current.Message;
            }
            foreach (var inner in current is AggregateException aggregate ? aggregate.InnerExceptions : current.InnerException is { } one ? [one] : [])
            {
                pending.Push(inner);
            }
        }
        return found ?? FirstMeaningfulLine(error.Message);
    }

    private static string FirstMeaningfulLine(string message) =>
        message.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "the program failed";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex StackName();
}
