namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobConstraint
{
    public readonly string? Ltarget;
    public readonly string? Operand;
    public readonly string? Rtarget;

    [OutputConstructor]
    private JobConstraint(
        string? ltarget,
        string? operand,
        string? rtarget)
    {
        Ltarget = ltarget;
        Operand = operand;
        Rtarget = rtarget;
    }
}
