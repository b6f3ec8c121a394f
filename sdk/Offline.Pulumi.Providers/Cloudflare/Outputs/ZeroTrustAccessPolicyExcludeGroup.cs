namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeGroup(
        string id)
    {
        Id = id;
    }
}
