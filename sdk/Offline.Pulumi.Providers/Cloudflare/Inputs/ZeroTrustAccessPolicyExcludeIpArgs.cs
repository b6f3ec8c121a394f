namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;
}
