namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeEmailDomainGetArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;
}
