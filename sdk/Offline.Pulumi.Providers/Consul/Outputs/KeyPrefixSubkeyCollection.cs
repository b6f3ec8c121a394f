namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class KeyPrefixSubkeyCollection
{
    public readonly int? Flags;
    public readonly string Path;
    public readonly string Value;

    [OutputConstructor]
    private KeyPrefixSubkeyCollection(
        int? flags,
        string path,
        string value)
    {
        Flags = flags;
        Path = path;
        Value = value;
    }
}
