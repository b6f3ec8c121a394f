namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeGroup(
        string id)
    {
        Id = id;
    }
}
