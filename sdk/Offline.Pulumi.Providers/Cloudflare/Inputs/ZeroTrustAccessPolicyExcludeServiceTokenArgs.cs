namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;
}
