namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobTaskGroupTaskVolumeMount
{
    public readonly string? Destination;
    public readonly bool? ReadOnly;
    public readonly string? Volume;

    [OutputConstructor]
    private JobTaskGroupTaskVolumeMount(
        string? destination,
        bool? readOnly,
        string? volume)
    {
        Destination = destination;
        ReadOnly = readOnly;
        Volume = volume;
    }
}
