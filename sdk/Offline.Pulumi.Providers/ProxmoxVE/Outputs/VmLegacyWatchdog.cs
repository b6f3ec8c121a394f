namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyWatchdog
{
    public readonly string? Action;
    public readonly bool? Enabled;
    public readonly string? Model;

    [OutputConstructor]
    private VmLegacyWatchdog(
        string? action,
        bool? enabled,
        string? model)
    {
        Action = action;
        Enabled = enabled;
        Model = model;
    }
}
