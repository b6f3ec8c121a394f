using System.Collections.Immutable;

namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclRoleServiceIdentity
{
    public readonly ImmutableArray<string> Datacenters;
    public readonly string ServiceName;

    [OutputConstructor]
    private AclRoleServiceIdentity(
        ImmutableArray<string> datacenters,
        string serviceName)
    {
        Datacenters = datacenters;
        ServiceName = serviceName;
    }
}
