namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;
}
