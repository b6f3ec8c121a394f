using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobTaskGroup
{
    public readonly int? Count;
    public readonly ImmutableDictionary<string, string>? Meta;
    public readonly string? Name;
    public readonly ImmutableArray<Outputs.JobTaskGroupTask> Tasks;
    public readonly ImmutableArray<Outputs.JobTaskGroupUpdateStrategy> UpdateStrategies;
    public readonly ImmutableArray<Outputs.JobTaskGroupVolume> Volumes;

    [OutputConstructor]
    private JobTaskGroup(
        int? count,
        ImmutableDictionary<string, string>? meta,
        string? name,
        ImmutableArray<Outputs.JobTaskGroupTask> tasks,
        ImmutableArray<Outputs.JobTaskGroupUpdateStrategy> updateStrategies,
        ImmutableArray<Outputs.JobTaskGroupVolume> volumes)
    {
        Count = count;
        Meta = meta;
        Name = name;
        Tasks = tasks;
        UpdateStrategies = updateStrategies;
        Volumes = volumes;
    }
}
