namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclTokenNodeIdentity
{
    public readonly string Datacenter;
    public readonly string NodeName;

    [OutputConstructor]
    private AclTokenNodeIdentity(
        string datacenter,
        string nodeName)
    {
        Datacenter = datacenter;
        NodeName = nodeName;
    }
}
