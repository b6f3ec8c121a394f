using System.Globalization;
using System.Text;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Renders a <see cref="SynthDiffResult"/> as the Markdown a pull request shows: a summary line, replacements, restarts
/// and other commands that run, created and deleted resources, changed inputs per resource (secrets only as
/// "changed"), stack outputs, and a unified diff of every changed file per host. Deterministic: the same two synths
/// give the same text.
/// </summary>
internal static class SynthDiffMarkdown
{
    private const int MaxValue = 120;

    public static string Render(SynthDiffResult diff, string title)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## synth diff: {title}\n\n");
        if (!diff.HasChanges)
        {
            return text.Append("No change: both synths are identical.\n").ToString();
        }

        var count = diff.Resources.CountBy(r => r.Kind).ToDictionary(p => p.Key, p => p.Value);
        var hosts = diff.Files.Select(f => SynthSnapshot.HostOf(f.Path)).Distinct(StringComparer.Ordinal).Count();
        text.Append(CultureInfo.InvariantCulture,
            $"**{count.GetValueOrDefault(ChangeKind.Create)} to create, {count.GetValueOrDefault(ChangeKind.Update)} to update, "
            + $"{count.GetValueOrDefault(ChangeKind.Replace)} to replace, {count.GetValueOrDefault(ChangeKind.Delete)} to delete**; "
            + $"{Markdown.Count(diff.Runs.Count(r => r.Restarts), "restart", "restarts")}; "
            + $"{Markdown.Count(diff.Files.Count, "file", "files")} changed on {Markdown.Count(hosts, "host", "hosts")}.\n\n");

        Replacements(text, diff);
        Runs(text, "Restarts", "Commands whose `triggers` changed: they are replaced and their script runs again, restarting what it installs.",
            diff.Runs.Where(r => r.Restarts));
        Runs(text, "Other commands that run", "Created, updated or deleted commands: what runs on the host.", diff.Runs.Where(r => !r.Restarts));
        Stale(text, diff.Stale);
        Listed(text, "Created", diff.Resources.Where(r => r.Kind == ChangeKind.Create));
        Listed(text, "Deleted", diff.Resources.Where(r => r.Kind == ChangeKind.Delete));
        Inputs(text, diff.Resources.Where(r => r.Kind is ChangeKind.Update or ChangeKind.Replace));
        Outputs(text, diff.Outputs);
        Files(text, diff.Files);
        return text.ToString();
    }

    private static void Replacements(StringBuilder text, SynthDiffResult diff)
    {
        var replaced = diff.Resources.Where(r => r.Kind == ChangeKind.Replace).ToList();
        var unknown = diff.Resources.Where(r => r.Kind == ChangeKind.Update && !r.RuleKnown).ToList();
        if (replaced.Count == 0 && unknown.Count == 0)
        {
            return;
        }
        text.Append("### Replacements\n\n");
        if (replaced.Count > 0)
        {
            text.Append("| resource | type | replaced because |\n| --- | --- | --- |\n");
            foreach (var change in replaced)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(change.Name)} | {Markdown.Code(change.Type)} | {string.Join(", ", change.ReplaceReasons).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
            text.Append('\n');
        }
        foreach (var change in unknown)
        {
            text.Append(CultureInfo.InvariantCulture, $"- replacement not predicted for {Markdown.Code(change.Name)}: no replace rule is known for {Markdown.Code(change.Type)}\n");
        }
        text.Append(unknown.Count > 0 ? "\n" : "");
    }

    private static void Runs(StringBuilder text, string heading, string intro, IEnumerable<CommandRun> runs)
    {
        var list = runs.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n{intro}\n\n| command | host | what runs |\n| --- | --- | --- |\n");
        foreach (var run in list)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(run.Name)} | {run.Host ?? "-"} | {run.What.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        text.Append('\n');
    }

    private static void Stale(StringBuilder text, IReadOnlyList<StaleCommand> stale)
    {
        if (stale.Count == 0)
        {
            return;
        }
        text.Append("### Commands that do not run again\n\nThey wait for a replaced resource, but none of their inputs change, so they do not run on the new one.\n\n"
            + "| command | waits for replaced |\n| --- | --- |\n");
        foreach (var command in stale)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(command.Name)} | {string.Join(", ", command.Replaced.Select(Markdown.Code))} |\n");
        }
        text.Append('\n');
    }

    private static void Listed(StringBuilder text, string heading, IEnumerable<ResourceChange> changes)
    {
        var list = changes.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"### {heading}\n\n| resource | type | URN |\n| --- | --- | --- |\n");
        foreach (var change in list)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(change.Name)} | {Markdown.Code(change.Type)} | {Markdown.Code(change.Urn)} |\n");
        }
        text.Append('\n');
    }

    private static void Inputs(StringBuilder text, IEnumerable<ResourceChange> changes)
    {
        var list = changes.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.Append("### Changed inputs\n\n");
        foreach (var change in list)
        {
            text.Append(CultureInfo.InvariantCulture, $"#### {Markdown.Code(change.Name)}: {(change.Kind == ChangeKind.Replace ? "replace" : "update")}\n\n{Markdown.Code(change.Urn)}\n\n");
            text.Append("| input | base | head |\n| --- | --- | --- |\n");
            var blocks = new StringBuilder();
            foreach (var input in change.Inputs)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(input.Path)} | {Value(input, input.Base, isHead: false)} | {Value(input, input.Head, isHead: true)} |\n");
                if (!input.IsSecret && input.FromReplaced is null && IsMultiline(input.Base) | IsMultiline(input.Head))
                {
                    blocks.Append(Markdown.Fence("diff", UnifiedDiff.Render(Text(input.Base), Text(input.Head), $"base {input.Path}", $"head {input.Path}")));
                }
            }
            text.Append('\n').Append(blocks).Append(blocks.Length > 0 ? "\n" : "");
        }
    }

    private static void Outputs(StringBuilder text, IReadOnlyList<InputChange> outputs)
    {
        if (outputs.Count == 0)
        {
            return;
        }
        text.Append("### Stack outputs\n\n| output | base | head |\n| --- | --- | --- |\n");
        foreach (var output in outputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Markdown.Code(output.Path)} | {Value(output, output.Base, isHead: false)} | {Value(output, output.Head, isHead: true)} |\n");
        }
        text.Append('\n');
    }

    private static void Files(StringBuilder text, IReadOnlyList<FileChange> files)
    {
        if (files.Count == 0)
        {
            return;
        }
        text.Append("### Files on hosts\n\n");
        foreach (var host in files.GroupBy(f => SynthSnapshot.HostOf(f.Path)))
        {
            text.Append(CultureInfo.InvariantCulture, $"#### {host.Key}\n\n");
            foreach (var file in host)
            {
                var state = file.Base is null ? "added" : file.Head is null ? "removed" : "changed";
                text.Append(CultureInfo.InvariantCulture, $"{Markdown.Code(file.Path[(host.Key.Length + 1)..])} {state}:\n\n");
                text.Append(Markdown.Fence("diff", UnifiedDiff.Render(file.Base ?? "", file.Head ?? "",
                    file.Base is null ? "/dev/null" : $"a/{file.Path}", file.Head is null ? "/dev/null" : $"b/{file.Path}")));
                text.Append('\n');
            }
        }
    }

    private static string Value(InputChange change, string? json, bool isHead)
    {
        if (json is null)
        {
            return "(none)";
        }
        if (change.IsSecret)
        {
            return isHead ? "changed (secret)" : "(secret)";
        }
        if (change.FromReplaced is { } source && isHead)
        {
            return $"new once {Markdown.Code(source)} is replaced (unknown in preview)";
        }
        var shown = InputLeaves.Display(json);
        if (shown.Contains('\n', StringComparison.Ordinal))
        {
            return $"{Markdown.Count(shown.TrimEnd('\n').Split('\n').Length, "line", "lines")} (diff below)";
        }
        return Markdown.Code(shown.Length > MaxValue ? string.Concat(shown.AsSpan(0, MaxValue), "…") : shown);
    }

    private static bool IsMultiline(string? json) => json is not null && InputLeaves.Display(json).Contains('\n', StringComparison.Ordinal);

    private static string Text(string? json) => json is null ? "" : InputLeaves.Display(json);
}
