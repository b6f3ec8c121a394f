namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyNuma
{
    public readonly string Cpus;
    public readonly string Device;
    public readonly string? Hostnodes;
    public readonly int Memory;
    public readonly string? Policy;

    [OutputConstructor]
    private VmLegacyNuma(
        string cpus,
        string device,
        string? hostnodes,
        int memory,
        string? policy)
    {
        Cpus = cpus;
        Device = device;
        Hostnodes = hostnodes;
        Memory = memory;
        Policy = policy;
    }
}
