namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeServiceTokenGetArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;
}
