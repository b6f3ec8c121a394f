namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("ingresses")]
    private InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressArgs>? _ingresses;

    public InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressArgs> Ingresses
    {
        get => _ingresses ??= [];
        set => _ingresses = value;
    }

    [Input("originRequest")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs>? OriginRequest { get; set; }
}
