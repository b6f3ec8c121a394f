namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeServiceToken(
        string tokenId)
    {
        TokenId = tokenId;
    }
}
