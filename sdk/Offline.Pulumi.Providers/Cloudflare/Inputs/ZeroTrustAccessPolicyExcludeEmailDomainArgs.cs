namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;
}
