namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobUpdateStrategy
{
    public readonly bool? AutoRevert;
    public readonly int? Canary;
    public readonly string? HealthCheck;
    public readonly string? HealthyDeadline;
    public readonly int? MaxParallel;
    public readonly string? MinHealthyTime;
    public readonly string? Stagger;

    [OutputConstructor]
    private JobUpdateStrategy(
        bool? autoRevert,
        int? canary,
        string? healthCheck,
        string? healthyDeadline,
        int? maxParallel,
        string? minHealthyTime,
        string? stagger)
    {
        AutoRevert = autoRevert;
        Canary = canary;
        HealthCheck = healthCheck;
        HealthyDeadline = healthyDeadline;
        MaxParallel = maxParallel;
        MinHealthyTime = minHealthyTime;
        Stagger = stagger;
    }
}
