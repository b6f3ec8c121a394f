namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs : global::Pulumi.ResourceArgs
{
    [Input("access")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccessArgs>? Access { get; set; }

    [Input("caPool")]
    public Input<string>? CaPool { get; set; }

    [Input("connectTimeout")]
    public Input<int>? ConnectTimeout { get; set; }

    [Input("disableChunkedEncoding")]
    public Input<bool>? DisableChunkedEncoding { get; set; }

    [Input("http2Origin")]
    public Input<bool>? Http2Origin { get; set; }

    [Input("httpHostHeader")]
    public Input<string>? HttpHostHeader { get; set; }

    [Input("keepAliveConnections")]
    public Input<int>? KeepAliveConnections { get; set; }

    [Input("keepAliveTimeout")]
    public Input<int>? KeepAliveTimeout { get; set; }

    [Input("matchSnItoHost")]
    public Input<bool>? MatchSnItoHost { get; set; }

    [Input("noHappyEyeballs")]
    public Input<bool>? NoHappyEyeballs { get; set; }

    [Input("noTlsVerify")]
    public Input<bool>? NoTlsVerify { get; set; }

    [Input("originServerName")]
    public Input<string>? OriginServerName { get; set; }

    [Input("proxyType")]
    public Input<string>? ProxyType { get; set; }

    [Input("tcpKeepAlive")]
    public Input<int>? TcpKeepAlive { get; set; }

    [Input("tlsTimeout")]
    public Input<int>? TlsTimeout { get; set; }
}
