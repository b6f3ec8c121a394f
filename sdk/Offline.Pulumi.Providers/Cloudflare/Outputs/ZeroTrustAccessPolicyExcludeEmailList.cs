namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmailList(
        string id)
    {
        Id = id;
    }
}
