namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEveryone()
    {
    }
}
