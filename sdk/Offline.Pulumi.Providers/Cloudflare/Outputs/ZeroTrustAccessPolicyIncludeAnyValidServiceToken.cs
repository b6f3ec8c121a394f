namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeAnyValidServiceToken()
    {
    }
}
