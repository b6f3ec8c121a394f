namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacySmbios
{
    public readonly string? Family;
    public readonly string? Manufacturer;
    public readonly string? Product;
    public readonly string? Serial;
    public readonly string? Sku;
    public readonly string? Uuid;
    public readonly string? Version;

    [OutputConstructor]
    private VmLegacySmbios(
        string? family,
        string? manufacturer,
        string? product,
        string? serial,
        string? sku,
        string? uuid,
        string? version)
    {
        Family = family;
        Manufacturer = manufacturer;
        Product = product;
        Serial = serial;
        Sku = sku;
        Uuid = uuid;
        Version = version;
    }
}
