using System.Collections.Immutable;

namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitializationDns
{
    public readonly string? Domain;
    public readonly ImmutableArray<string> Servers;

    [OutputConstructor]
    private VmLegacyInitializationDns(
        string? domain,
        ImmutableArray<string> servers)
    {
        Domain = domain;
        Servers = servers;
    }
}
