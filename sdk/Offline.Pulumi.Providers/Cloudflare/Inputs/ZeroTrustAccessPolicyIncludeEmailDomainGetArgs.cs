namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeEmailDomainGetArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;
}
