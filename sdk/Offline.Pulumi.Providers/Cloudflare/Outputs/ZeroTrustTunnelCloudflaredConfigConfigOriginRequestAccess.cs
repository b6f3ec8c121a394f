using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccess
{
    public readonly ImmutableArray<string> AudTags;
    public readonly bool? Required;
    public readonly string TeamName;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccess(
        ImmutableArray<string> audTags,
        bool? required,
        string teamName)
    {
        AudTags = audTags;
        Required = required;
        TeamName = teamName;
    }
}
