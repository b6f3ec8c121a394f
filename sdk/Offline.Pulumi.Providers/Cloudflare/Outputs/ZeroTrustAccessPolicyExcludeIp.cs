namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeIp(
        string ip)
    {
        Ip = ip;
    }
}
