namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmailDomain(
        string domain)
    {
        Domain = domain;
    }
}
