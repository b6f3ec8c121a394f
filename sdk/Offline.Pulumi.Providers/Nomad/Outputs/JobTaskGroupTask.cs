using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobTaskGroupTask
{
    public readonly string? Driver;
    public readonly ImmutableDictionary<string, string>? Meta;
    public readonly string? Name;
    public readonly ImmutableArray<Outputs.JobTaskGroupTaskVolumeMount> VolumeMounts;

    [OutputConstructor]
    private JobTaskGroupTask(
        string? driver,
        ImmutableDictionary<string, string>? meta,
        string? name,
        ImmutableArray<Outputs.JobTaskGroupTaskVolumeMount> volumeMounts)
    {
        Driver = driver;
        Meta = meta;
        Name = name;
        VolumeMounts = volumeMounts;
    }
}
