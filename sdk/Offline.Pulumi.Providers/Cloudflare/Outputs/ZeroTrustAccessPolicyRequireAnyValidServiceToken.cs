namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireAnyValidServiceToken()
    {
    }
}
