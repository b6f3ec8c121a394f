using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfig
{
    public readonly ImmutableArray<Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngress> Ingresses;
    public readonly Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequest? OriginRequest;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfig(
        ImmutableArray<Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngress> ingresses,
        Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequest? originRequest)
    {
        Ingresses = ingresses;
        OriginRequest = originRequest;
    }
}
