using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestAccess
{
    public readonly ImmutableArray<string> AudTags;
    public readonly bool? Required;
    public readonly string TeamName;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestAccess(
        ImmutableArray<string> audTags,
        bool? required,
        string teamName)
    {
        AudTags = audTags;
        Required = required;
        TeamName = teamName;
    }
}
