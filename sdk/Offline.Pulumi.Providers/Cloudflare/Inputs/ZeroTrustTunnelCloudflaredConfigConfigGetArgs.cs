namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigGetArgs : global::Pulumi.ResourceArgs
{
    [Input("ingresses")]
    private InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressGetArgs>? _ingresses;

    public InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressGetArgs> Ingresses
    {
        get => _ingresses ??= [];
        set => _ingresses = value;
    }

    [Input("originRequest")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestGetArgs>? OriginRequest { get; set; }
}
