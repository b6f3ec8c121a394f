namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEveryone()
    {
    }
}
