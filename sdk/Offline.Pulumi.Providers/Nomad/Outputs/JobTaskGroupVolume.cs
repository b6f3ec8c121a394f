namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobTaskGroupVolume
{
    public readonly string? Name;
    public readonly bool? ReadOnly;
    public readonly string? Source;
    public readonly string? Type;

    [OutputConstructor]
    private JobTaskGroupVolume(
        string? name,
        bool? readOnly,
        string? source,
        string? type)
    {
        Name = name;
        ReadOnly = readOnly;
        Source = source;
        Type = type;
    }
}
