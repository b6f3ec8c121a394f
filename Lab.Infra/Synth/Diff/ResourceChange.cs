namespace Lab.Infra.Synth.Diff;

/// <summary>What <c>pulumi up</c> would do to one resource.</summary>
internal enum ChangeKind
{
    /// <summary>Created: in head only.</summary>
    Create,

    /// <summary>Deleted: in base only.</summary>
    Delete,

    /// <summary>Updated in place.</summary>
    Update,

    /// <summary>Replaced: a replace-on-change input changed.</summary>
    Replace,
}

/// <summary>One resource that differs between base and head.</summary>
/// <param name="Urn">Its URN.</param>
/// <param name="Type">Its type token.</param>
/// <param name="Name">Its logical name.</param>
/// <param name="Kind">What happens to it.</param>
/// <param name="Inputs">Its changed inputs (none for a create or delete).</param>
/// <param name="ReplaceReasons">Why it is replaced: the inputs or rule that force it.</param>
/// <param name="RuleKnown">Whether <see cref="ReplaceRules"/> has its type; without, a change is shown as an update
/// and the replacement not predicted.</param>
internal sealed record ResourceChange(
    string Urn,
    string Type,
    string Name,
    ChangeKind Kind,
    IReadOnlyList<InputChange> Inputs,
    IReadOnlyList<string> ReplaceReasons,
    bool RuleKnown);

/// <summary>A command whose script runs during the update: what runs and why.</summary>
/// <param name="Name">The command's name.</param>
/// <param name="Host">The host it runs on, when its name says (<c>&lt;component&gt;-&lt;host&gt;-...</c>).</param>
/// <param name="Restarts">Its <c>triggers</c> changed: it is replaced and its script runs again. The lab's pushes
/// hash what they install into their triggers, so this is the agent or service the push restarts.</param>
/// <param name="What">What runs, in words.</param>
internal sealed record CommandRun(string Name, string? Host, bool Restarts, string What);

/// <summary>A command that waits for a replaced resource but whose inputs do not change, so it does not run again.</summary>
/// <param name="Name">The command's name.</param>
/// <param name="Replaced">The names of the replaced resources it waits for.</param>
internal sealed record StaleCommand(string Name, IReadOnlyList<string> Replaced);

/// <summary>One file under <c>files/</c> that differs.</summary>
/// <param name="Path">Its path there, <c>&lt;host&gt;/&lt;path on the host&gt;</c>.</param>
/// <param name="Base">Its content in base; null when added.</param>
/// <param name="Head">Its content in head; null when removed.</param>
internal sealed record FileChange(string Path, string? Base, string? Head);

/// <summary>Everything that differs between two synths of a stack.</summary>
internal sealed record SynthDiffResult(
    IReadOnlyList<ResourceChange> Resources,
    IReadOnlyList<CommandRun> Runs,
    IReadOnlyList<StaleCommand> Stale,
    IReadOnlyList<InputChange> Outputs,
    IReadOnlyList<FileChange> Files)
{
    /// <summary>Whether anything differs.</summary>
    public bool HasChanges => Resources.Count > 0 || Outputs.Count > 0 || Files.Count > 0;
}
