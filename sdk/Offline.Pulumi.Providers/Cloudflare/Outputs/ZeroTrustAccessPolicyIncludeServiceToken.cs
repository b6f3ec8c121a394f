namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeServiceToken(
        string tokenId)
    {
        TokenId = tokenId;
    }
}
