namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeAnyValidServiceToken()
    {
    }
}
