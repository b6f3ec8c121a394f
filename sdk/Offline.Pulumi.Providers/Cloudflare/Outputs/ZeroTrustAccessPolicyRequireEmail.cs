namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmail(
        string email)
    {
        Email = email;
    }
}
