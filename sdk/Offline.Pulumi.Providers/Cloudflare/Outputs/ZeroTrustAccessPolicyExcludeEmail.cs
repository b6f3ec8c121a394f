namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmail(
        string email)
    {
        Email = email;
    }
}
