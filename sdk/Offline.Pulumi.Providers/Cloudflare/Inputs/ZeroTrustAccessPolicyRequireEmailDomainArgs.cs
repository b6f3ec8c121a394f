namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;
}
