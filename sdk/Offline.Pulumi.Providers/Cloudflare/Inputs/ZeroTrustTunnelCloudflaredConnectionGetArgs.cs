namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConnectionGetArgs : global::Pulumi.ResourceArgs
{
    [Input("clientId")]
    public Input<string>? ClientId { get; set; }

    [Input("clientVersion")]
    public Input<string>? ClientVersion { get; set; }

    [Input("coloName")]
    public Input<string>? ColoName { get; set; }

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("isPendingReconnect")]
    public Input<bool>? IsPendingReconnect { get; set; }

    [Input("openedAt")]
    public Input<string>? OpenedAt { get; set; }

    [Input("originIp")]
    public Input<string>? OriginIp { get; set; }

    [Input("uuid")]
    public Input<string>? Uuid { get; set; }
}
