using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Compares two synths of a stack (base and head of a change) and predicts what <c>pulumi up</c> would do: resources
/// matched by URN are created, deleted, updated or replaced (by <see cref="ReplaceRules"/>); an input computed from a
/// replaced resource counts as changed, since it is new after the replacement; commands that run are named with what
/// runs. Pure: no I/O.
/// </summary>
internal static class SynthDiff
{
    private const string Secret = "\"" + SynthJson.Secret + "\"";

    public static SynthDiffResult Compute(SynthSnapshot before, SynthSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        var current = after.Resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        var changes = new Dictionary<string, ResourceChange>(StringComparer.Ordinal);
        var ordered = new List<ResourceChange>();

        // Creation order puts a resource after what it waits for, so a replacement is known before its dependents.
        foreach (var resource in after.Resources)
        {
            var rule = ReplaceRules.ByType.GetValueOrDefault(resource.Type);
            ResourceChange? change;
            if (!old.TryGetValue(resource.Urn, out var previous))
            {
                change = new ResourceChange(resource.Urn, resource.Type, resource.Name, ChangeKind.Create, [], [], rule is not null);
            }
            else
            {
                var inputs = ChangedInputs(previous, resource).ToList();
                inputs.AddRange(InputsFromReplaced(resource, inputs, changes, current));
                change = inputs.Count == 0 ? null : Classify(previous, resource, inputs, rule);
            }
            if (change is not null)
            {
                changes[resource.Urn] = change;
                ordered.Add(change);
            }
        }
        ordered.AddRange(before.Resources.Where(r => !current.ContainsKey(r.Urn)).Select(r =>
            new ResourceChange(r.Urn, r.Type, r.Name, ChangeKind.Delete, [], [], ReplaceRules.ByType.ContainsKey(r.Type))));

        var hosts = before.Hosts.Concat(after.Hosts).ToHashSet(StringComparer.Ordinal);
        return new SynthDiffResult(
            ordered,
            [.. ordered.Where(c => IsCommand(c.Type)).Select(c => Run(c, old.GetValueOrDefault(c.Urn), current.GetValueOrDefault(c.Urn), hosts))],
            Stale(after, changes),
            [.. Leaves(before.Outputs, after.Outputs, static _ => false)],
            Files(before, after));
    }

    private static IEnumerable<InputChange> ChangedInputs(SnapshotResource before, SnapshotResource after) =>
        Leaves(before.Inputs, after.Inputs, path =>
            before.SecretDigests.GetValueOrDefault(path) != after.SecretDigests.GetValueOrDefault(path));

    /// <summary>Leaf differences; a leaf that is <c>[secret]</c> on both sides differs when <paramref name="secretChanged"/> says so.</summary>
    private static IEnumerable<InputChange> Leaves(JsonObject before, JsonObject after, Func<string, bool> secretChanged)
    {
        var old = InputLeaves.Of(before);
        var current = InputLeaves.Of(after);
        foreach (var path in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(path);
            var now = current.GetValueOrDefault(path);
            var secret = was == Secret || now == Secret;
            if (was == now && !(secret && secretChanged(path)))
            {
                continue;
            }
            yield return new InputChange(path, was, now, secret);
        }
    }

    /// <summary>Unchanged inputs whose value a replaced dependency computes: new once it is recreated.</summary>
    private static IEnumerable<InputChange> InputsFromReplaced(
        SnapshotResource resource, List<InputChange> changed, Dictionary<string, ResourceChange> changes, Dictionary<string, SnapshotResource> current)
    {
        var replaced = resource.Dependencies
            .Where(d => changes.TryGetValue(d, out var c) && c.Kind == ChangeKind.Replace)
            .Select(d => current[d])
            .ToList();
        if (replaced.Count == 0)
        {
            yield break;
        }
        var known = changed.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, value) in InputLeaves.Of(resource.Inputs).Where(l => !known.Contains(l.Key)))
        {
            var text = InputLeaves.Display(value);
            if (replaced.FirstOrDefault(d => ComputedValues.Mention(text, d)) is { } source)
            {
                yield return new InputChange(path, value, value, false, source.Name);
            }
        }
    }

    private static ResourceChange Classify(SnapshotResource before, SnapshotResource after, List<InputChange> inputs, ReplaceRule? rule)
    {
        var reasons = new List<string>();
        if (rule is not null)
        {
            reasons.AddRange(inputs.Where(i => rule.Covers(i.Path))
                .Select(i => i.FromReplaced is { } source ? $"`{i.Path}` (from replaced `{source}`)" : $"`{i.Path}`")
                .Distinct(StringComparer.Ordinal));
            if (rule.Custom?.Invoke(before.Inputs, after.Inputs) is { } custom)
            {
                reasons.Add(custom);
            }
        }
        return new ResourceChange(after.Urn, after.Type, after.Name, reasons.Count > 0 ? ChangeKind.Replace : ChangeKind.Update,
            [.. inputs.OrderBy(i => i.Path, StringComparer.Ordinal)], reasons, rule is not null);
    }

    private static bool IsCommand(string type) => type.StartsWith("command:", StringComparison.Ordinal);

    private static CommandRun Run(ResourceChange change, SnapshotResource? before, SnapshotResource? after, HashSet<string> hosts)
    {
        var host = change.Name.Split('-').FirstOrDefault(hosts.Contains);
        var restarts = change.Kind == ChangeKind.Replace && change.Inputs.Any(i => i.Path == "triggers" || i.Path.StartsWith("triggers[", StringComparison.Ordinal));
        var what = change.Kind switch
        {
            ChangeKind.Create => "new: runs `create`",
            ChangeKind.Replace => $"replaced ({string.Join(", ", change.ReplaceReasons)} changed): "
                + (before?.Inputs.ContainsKey("delete") == true ? "runs `delete` of the old, then `create`" : "runs `create` again"),
            ChangeKind.Update => after?.Inputs.ContainsKey("update") == true ? "updated: runs `update`" : "updated: runs `create` again (it has no `update`)",
            _ => before?.Inputs.ContainsKey("delete") == true ? "deleted: runs `delete`" : "deleted: leaves state only; nothing runs on the host",
        };
        return new CommandRun(change.Name, host, restarts, what);
    }

    /// <summary>Unchanged commands that wait, directly or through other resources, for a replaced resource other than a command.</summary>
    private static List<StaleCommand> Stale(SynthSnapshot after, Dictionary<string, ResourceChange> changes)
    {
        var upstream = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var byUrn = after.Resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        var stale = new List<StaleCommand>();
        foreach (var resource in after.Resources)
        {
            var replaced = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var dependency in resource.Dependencies.Where(byUrn.ContainsKey))
            {
                // A replaced command is a script that runs again, not a new host: what waits for it need not run again.
                if (changes.TryGetValue(dependency, out var change) && change.Kind == ChangeKind.Replace && !IsCommand(change.Type))
                {
                    replaced.Add(byUrn[dependency].Name);
                }
                else if (upstream.TryGetValue(dependency, out var further))
                {
                    replaced.UnionWith(further);
                }
            }
            upstream[resource.Urn] = replaced;
            if (replaced.Count > 0 && IsCommand(resource.Type) && !changes.ContainsKey(resource.Urn))
            {
                stale.Add(new StaleCommand(resource.Name, [.. replaced]));
            }
        }
        return stale;
    }

    private static List<FileChange> Files(SynthSnapshot before, SynthSnapshot after) =>
    [
        .. before.Files.Keys.Union(after.Files.Keys).Order(StringComparer.Ordinal)
            .Select(path => new FileChange(path, before.Files.GetValueOrDefault(path), after.Files.GetValueOrDefault(path)))
            .Where(f => f.Base != f.Head),
    ];
}
