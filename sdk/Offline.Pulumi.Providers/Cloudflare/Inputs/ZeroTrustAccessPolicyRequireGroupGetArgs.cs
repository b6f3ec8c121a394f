namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireGroupGetArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;
}
