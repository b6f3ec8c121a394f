using Lab.Infra.Config;
using Pulumi;
using Pulumi.Testing;

namespace Lab.Infra.Synth;

/// <summary>
/// <c>synth &lt;stack&gt;</c>: renders the lab of one stack without credentials. It loads the stack's config as
/// the CLI would, validates it, runs <see cref="LabStack"/> under deterministic mocks and writes
/// <c>artifacts/synth/&lt;stack&gt;/</c>. Exit codes: 0 rendered, 1 invalid config or a failing program,
/// 2 bad usage or an unknown or unreadable stack file.
/// </summary>
public static class SynthCommand
{
    public const int Rendered = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, string workingDirectory, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await RunCheckedAsync(args, workingDirectory, error).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence: no input may end in a stack trace or another exit code. Reaching it is a bug,
            // and the fuzz test (Lab.Tests/Fuzz/StackFileFuzzTests.cs) fails on this line.
            await error.WriteLineAsync($"error: {Unexpected} ({e.GetType().Name}: {e.Message.Split('\n')[0]}); please report it with the stack file").ConfigureAwait(false);
            return Invalid;
        }
    }

    /// <summary>What synth prints when it failed in a way no rule foresaw.</summary>
    internal const string Unexpected = "synth failed unexpectedly";

    private static async Task<int> RunCheckedAsync(IReadOnlyList<string> args, string workingDirectory, TextWriter error)
    {
        if (args is not [var stack] || stack.StartsWith('-'))
        {
            await error.WriteLineAsync("usage: dotnet run --project Lab.Infra -p:PulumiSdk=offline -- synth <stack>   (stacks: Pulumi.<stack>.yaml)").ConfigureAwait(false);
            return Usage;
        }
        // Before any file is read: the name becomes part of a file name and of the folder synth empties.
        if (StackName.Problem(stack) is { } badName)
        {
            await error.WriteLineAsync($"error: stack '{Printable(stack)}': {badName} (stacks: Pulumi.<stack>.yaml).").ConfigureAwait(false);
            return Usage;
        }
        if (FindProjectRoot(workingDirectory) is not { } root)
        {
            await error.WriteLineAsync($"error: no Pulumi.yaml in {workingDirectory} or above: run synth from the repository.").ConfigureAwait(false);
            return Usage;
        }
        var (outputDirectory, folderProblem) = SynthOutputFolder.Of(root, stack);
        if (outputDirectory is null)
        {
            await error.WriteLineAsync($"error: {folderProblem}").ConfigureAwait(false);
            return Usage;
        }
        ProjectConfig config;
        try
        {
            config = ProjectConfig.Load(root, stack);
        }
        catch (StackFileException e)
        {
            foreach (var line in e.Message.Split('\n'))
            {
                await error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
            }
            return Usage;
        }

        var (lab, problems) = LabConfigReader.ReadAndValidate(config.ToSource());
        if (problems.Count > 0 || lab is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }
            return Invalid;
        }
        // Printed here, not through Log.Warn: under mocks neither SDK prints the engine's log.
        foreach (var warning in LabConfigValidator.Warnings(lab))
        {
            await error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
        }

        SynthResult result;
        try
        {
            result = await RenderAsync(config, stack).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RunException or ResourceException)
        {
            await error.WriteLineAsync($"error: {Innermost(e).Message}").ConfigureAwait(false);
            return Invalid;
        }
        SynthWriter.Write(outputDirectory, result, LabPlan.From(lab), LabConfigValidator.Warnings(lab), stack);
        if (!Picture.LabPictureFiles.Write(outputDirectory, lab, LabPlan.From(lab)))
        {
            await error.WriteLineAsync("synth: Graphviz's dot is not installed (apt-get install graphviz): wrote picture.dot, not picture.svg").ConfigureAwait(false);
        }
        await error.WriteLineAsync($"synth: {result.Resources.Count} resources of stack '{stack}' written to {Path.GetRelativePath(root, outputDirectory)}/").ConfigureAwait(false);
        return Rendered;
    }

    /// <summary>Runs the stack under mocks with the given config and records what it registers.</summary>
    internal static async Task<SynthResult> RenderAsync(ProjectConfig config, string stack)
    {
        // The SDK reads config from the process environment, as it does when the Pulumi CLI starts the program.
        var saved = (Environment.GetEnvironmentVariable("PULUMI_CONFIG"), Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS"));
        var (configJson, secretKeysJson) = config.ToEnvironment();
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", configJson);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", secretKeysJson);
        try
        {
            var recorder = new ResourceRecorder();
            var mocks = new SynthMocks();
            var resources = await Deployment.TestWithServiceProviderAsync<LabStack>(mocks,
                new StackFactory(new StackOptions { ResourceTransformations = { recorder.Record } }),
                new TestOptions { IsPreview = false, ProjectName = config.ProjectName, StackName = stack }).ConfigureAwait(false);
            var labStack = resources.OfType<LabStack>().Single();
            return await SynthResult.CollectAsync(labStack, recorder.Resources, mocks).ConfigureAwait(false);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", saved.Item1);
            Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", saved.Item2);
        }
    }

    private static string? FindProjectRoot(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "Pulumi.yaml")))
            {
                return current.FullName;
            }
        }
        return null;
    }

    /// <summary>A stack name as it may be echoed: control characters shown as '?', at most the longest valid name.</summary>
    private static string Printable(string name)
    {
        var shown = new string([.. name.Take(StackName.MaxLength).Select(c => char.IsControl(c) ? '?' : c)]);
        return shown.Length < name.Length ? shown + "..." : shown;
    }

    private static Exception Innermost(Exception e)
    {
        var found = e;
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is ResourceException or RunException)
            {
                found = current;
            }
        }
        return found;
    }

    private sealed class StackFactory(StackOptions options) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LabStack) ? new LabStack(options) : null;
    }
}
