using Lab.Infra.Synth.Diff;

namespace Lab.Infra.Synth;

/// <summary>
/// <c>synth diff &lt;base&gt; &lt;head&gt;</c>: compares two folders that synth wrote (e.g. <c>artifacts/synth/lab</c> of a
/// pull request's base and head) and prints Markdown on stdout saying what <c>pulumi up</c> would create, update,
/// replace and delete, which commands run (and which restart agents), and how every host's files change. Needs no
/// credentials. Exit codes, as diff(1): 0 no change, 1 changes, 2 bad usage or a folder that is not a synth.
/// </summary>
public static class SynthDiffCommand
{
    public const int NoChange = 0;
    public const int Changes = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, string workingDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var basePath, var headPath] || basePath.StartsWith('-') || headPath.StartsWith('-'))
        {
            await error.WriteLineAsync("usage: dotnet run --project Lab.Infra -p:PulumiSdk=offline -- synth diff <base synth folder> <head synth folder>   (e.g. base/artifacts/synth/lab artifacts/synth/lab)").ConfigureAwait(false);
            return Usage;
        }

        SynthSnapshot before, after;
        try
        {
            before = SynthFolder.Load(Path.GetFullPath(basePath, workingDirectory));
            after = SynthFolder.Load(Path.GetFullPath(headPath, workingDirectory));
        }
        catch (SynthFolderException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return Usage;
        }

        var diff = SynthDiff.Compute(before, after);
        var stack = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(headPath, workingDirectory)));
        await output.WriteAsync(SynthDiffMarkdown.Render(diff, $"`{stack}`")).ConfigureAwait(false);
        return diff.HasChanges ? Changes : NoChange;
    }
}
