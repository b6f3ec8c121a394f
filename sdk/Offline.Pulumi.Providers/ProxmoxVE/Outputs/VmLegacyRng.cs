namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyRng
{
    public readonly int? MaxBytes;
    public readonly int? Period;
    public readonly string Source;

    [OutputConstructor]
    private VmLegacyRng(
        int? maxBytes,
        int? period,
        string source)
    {
        MaxBytes = maxBytes;
        Period = period;
        Source = source;
    }
}
