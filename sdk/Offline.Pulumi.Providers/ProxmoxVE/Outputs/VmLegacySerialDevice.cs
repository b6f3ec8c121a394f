namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacySerialDevice
{
    public readonly string? Device;

    [OutputConstructor]
    private VmLegacySerialDevice(
        string? device)
    {
        Device = device;
    }
}
