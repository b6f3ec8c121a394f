namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConnection
{
    public readonly string? ClientId;
    public readonly string? ClientVersion;
    public readonly string? ColoName;
    public readonly string? Id;
    public readonly bool? IsPendingReconnect;
    public readonly string? OpenedAt;
    public readonly string? OriginIp;
    public readonly string? Uuid;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConnection(
        string? clientId,
        string? clientVersion,
        string? coloName,
        string? id,
        bool? isPendingReconnect,
        string? openedAt,
        string? originIp,
        string? uuid)
    {
        ClientId = clientId;
        ClientVersion = clientVersion;
        ColoName = coloName;
        Id = id;
        IsPendingReconnect = isPendingReconnect;
        OpenedAt = openedAt;
        OriginIp = originIp;
        Uuid = uuid;
    }
}
