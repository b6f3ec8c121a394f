namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireIpGetArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;
}
