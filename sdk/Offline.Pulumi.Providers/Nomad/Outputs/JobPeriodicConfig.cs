namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobPeriodicConfig
{
    public readonly bool? Enabled;
    public readonly bool? ProhibitOverlap;
    public readonly string? Spec;
    public readonly string? SpecType;
    public readonly string? Timezone;

    [OutputConstructor]
    private JobPeriodicConfig(
        bool? enabled,
        bool? prohibitOverlap,
        string? spec,
        string? specType,
        string? timezone)
    {
        Enabled = enabled;
        ProhibitOverlap = prohibitOverlap;
        Spec = spec;
        SpecType = specType;
        Timezone = timezone;
    }
}
