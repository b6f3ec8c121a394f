namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyUsb
{
    public readonly string? Host;
    public readonly string? Mapping;
    public readonly bool? Usb3;

    [OutputConstructor]
    private VmLegacyUsb(
        string? host,
        string? mapping,
        bool? usb3)
    {
        Host = host;
        Mapping = mapping;
        Usb3 = usb3;
    }
}
