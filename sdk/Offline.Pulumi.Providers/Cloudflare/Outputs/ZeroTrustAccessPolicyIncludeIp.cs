namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeIp(
        string ip)
    {
        Ip = ip;
    }
}
