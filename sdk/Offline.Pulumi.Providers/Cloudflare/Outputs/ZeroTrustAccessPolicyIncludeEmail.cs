namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmail(
        string email)
    {
        Email = email;
    }
}
