namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyStartup
{
    public readonly int? DownDelay;
    public readonly int? Order;
    public readonly int? UpDelay;

    [OutputConstructor]
    private VmLegacyStartup(
        int? downDelay,
        int? order,
        int? upDelay)
    {
        DownDelay = downDelay;
        Order = order;
        UpDelay = upDelay;
    }
}
