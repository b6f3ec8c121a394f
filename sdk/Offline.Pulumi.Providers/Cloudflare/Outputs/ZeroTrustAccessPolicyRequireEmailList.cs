namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmailList(
        string id)
    {
        Id = id;
    }
}
