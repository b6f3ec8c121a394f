namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyAudioDevice
{
    public readonly string? Device;
    public readonly string? Driver;
    public readonly bool? Enabled;

    [OutputConstructor]
    private VmLegacyAudioDevice(
        string? device,
        string? driver,
        bool? enabled)
    {
        Device = device;
        Driver = driver;
        Enabled = enabled;
    }
}
