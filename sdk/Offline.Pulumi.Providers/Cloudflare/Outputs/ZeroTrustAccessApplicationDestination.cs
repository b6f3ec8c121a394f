namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessApplicationDestination
{
    public readonly string? Cidr;
    public readonly string? Hostname;
    public readonly string? L4Protocol;
    public readonly string? McpServerId;
    public readonly string? PortRange;
    public readonly string? Type;
    public readonly string? Uri;
    public readonly string? VnetId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationDestination(
        string? cidr,
        string? hostname,
        string? l4Protocol,
        string? mcpServerId,
        string? portRange,
        string? type,
        string? uri,
        string? vnetId)
    {
        Cidr = cidr;
        Hostname = hostname;
        L4Protocol = l4Protocol;
        McpServerId = mcpServerId;
        PortRange = portRange;
        Type = type;
        Uri = uri;
        VnetId = vnetId;
    }
}
