namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeIpGetArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;
}
