namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngressArgs : global::Pulumi.ResourceArgs
{
    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("originRequest")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs>? OriginRequest { get; set; }

    [Input("path")]
    public Input<string>? Path { get; set; }

    [Input("service", required: true)]
    public Input<string> Service { get; set; } = null!;
}
