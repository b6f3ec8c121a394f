namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyMemory
{
    public readonly int? Dedicated;
    public readonly int? Floating;
    public readonly string? Hugepages;
    public readonly bool? KeepHugepages;
    public readonly int? Shared;

    [OutputConstructor]
    private VmLegacyMemory(
        int? dedicated,
        int? floating,
        string? hugepages,
        bool? keepHugepages,
        int? shared)
    {
        Dedicated = dedicated;
        Floating = floating;
        Hugepages = hugepages;
        KeepHugepages = keepHugepages;
        Shared = shared;
    }
}
