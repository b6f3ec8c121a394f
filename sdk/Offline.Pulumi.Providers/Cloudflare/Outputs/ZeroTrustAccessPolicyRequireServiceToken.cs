namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireServiceToken(
        string tokenId)
    {
        TokenId = tokenId;
    }
}
