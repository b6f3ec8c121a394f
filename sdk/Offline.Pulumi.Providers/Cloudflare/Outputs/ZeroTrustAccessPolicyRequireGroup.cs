namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireGroup(
        string id)
    {
        Id = id;
    }
}
