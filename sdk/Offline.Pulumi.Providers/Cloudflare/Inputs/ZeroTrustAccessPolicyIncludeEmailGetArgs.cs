namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeEmailGetArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;
}
