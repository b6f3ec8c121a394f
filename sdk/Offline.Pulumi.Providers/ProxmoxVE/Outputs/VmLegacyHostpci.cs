namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyHostpci
{
    public readonly string Device;
    public readonly string? Id;
    public readonly string? Mapping;
    public readonly string? Mdev;
    public readonly bool? Pcie;
    public readonly string? RomFile;
    public readonly bool? Rombar;
    public readonly bool? Xvga;

    [OutputConstructor]
    private VmLegacyHostpci(
        string device,
        string? id,
        string? mapping,
        string? mdev,
        bool? pcie,
        string? romFile,
        bool? rombar,
        bool? xvga)
    {
        Device = device;
        Id = id;
        Mapping = mapping;
        Mdev = mdev;
        Pcie = pcie;
        RomFile = romFile;
        Rombar = rombar;
        Xvga = xvga;
    }
}
