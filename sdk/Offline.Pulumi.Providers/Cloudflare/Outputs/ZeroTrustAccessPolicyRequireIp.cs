namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireIp(
        string ip)
    {
        Ip = ip;
    }
}
