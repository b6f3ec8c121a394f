namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclRoleNodeIdentity
{
    public readonly string Datacenter;
    public readonly string NodeName;

    [OutputConstructor]
    private AclRoleNodeIdentity(
        string datacenter,
        string nodeName)
    {
        Datacenter = datacenter;
        NodeName = nodeName;
    }
}
