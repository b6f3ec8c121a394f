namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;
}
