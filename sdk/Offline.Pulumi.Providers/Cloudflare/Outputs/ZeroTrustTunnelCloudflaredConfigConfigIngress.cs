namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngress
{
    public readonly string? Hostname;
    public readonly Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest? OriginRequest;
    public readonly string? Path;
    public readonly string Service;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigIngress(
        string? hostname,
        Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest? originRequest,
        string? path,
        string service)
    {
        Hostname = hostname;
        OriginRequest = originRequest;
        Path = path;
        Service = service;
    }
}
