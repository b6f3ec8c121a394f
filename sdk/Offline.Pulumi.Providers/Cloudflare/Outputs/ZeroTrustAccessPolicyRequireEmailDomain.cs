namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmailDomain(
        string domain)
    {
        Domain = domain;
    }
}
