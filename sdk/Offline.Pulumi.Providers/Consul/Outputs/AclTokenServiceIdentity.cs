using System.Collections.Immutable;

namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclTokenServiceIdentity
{
    public readonly ImmutableArray<string> Datacenters;
    public readonly string ServiceName;

    [OutputConstructor]
    private AclTokenServiceIdentity(
        ImmutableArray<string> datacenters,
        string serviceName)
    {
        Datacenters = datacenters;
        ServiceName = serviceName;
    }
}
