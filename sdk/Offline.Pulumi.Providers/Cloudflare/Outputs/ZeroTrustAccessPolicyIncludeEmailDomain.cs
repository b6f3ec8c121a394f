namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmailDomain(
        string domain)
    {
        Domain = domain;
    }
}
