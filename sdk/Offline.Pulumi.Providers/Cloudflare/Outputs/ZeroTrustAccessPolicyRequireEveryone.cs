namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEveryone()
    {
    }
}
