namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmailList(
        string id)
    {
        Id = id;
    }
}
