namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequest
{
    public readonly Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccess? Access;
    public readonly string? CaPool;
    public readonly int? ConnectTimeout;
    public readonly bool? DisableChunkedEncoding;
    public readonly bool? Http2Origin;
    public readonly string? HttpHostHeader;
    public readonly int? KeepAliveConnections;
    public readonly int? KeepAliveTimeout;
    public readonly bool? MatchSnItoHost;
    public readonly bool? NoHappyEyeballs;
    public readonly bool? NoTlsVerify;
    public readonly string? OriginServerName;
    public readonly string? ProxyType;
    public readonly int? TcpKeepAlive;
    public readonly int? TlsTimeout;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigOriginRequest(
        Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccess? access,
        string? caPool,
        int? connectTimeout,
        bool? disableChunkedEncoding,
        bool? http2Origin,
        string? httpHostHeader,
        int? keepAliveConnections,
        int? keepAliveTimeout,
        bool? matchSnItoHost,
        bool? noHappyEyeballs,
        bool? noTlsVerify,
        string? originServerName,
        string? proxyType,
        int? tcpKeepAlive,
        int? tlsTimeout)
    {
        Access = access;
        CaPool = caPool;
        ConnectTimeout = connectTimeout;
        DisableChunkedEncoding = disableChunkedEncoding;
        Http2Origin = http2Origin;
        HttpHostHeader = httpHostHeader;
        KeepAliveConnections = keepAliveConnections;
        KeepAliveTimeout = keepAliveTimeout;
        MatchSnItoHost = matchSnItoHost;
        NoHappyEyeballs = noHappyEyeballs;
        NoTlsVerify = noTlsVerify;
        OriginServerName = originServerName;
        ProxyType = proxyType;
        TcpKeepAlive = tcpKeepAlive;
        TlsTimeout = tlsTimeout;
    }
}
