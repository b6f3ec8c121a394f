namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyRequire
{
    public readonly Outputs.ZeroTrustAccessPolicyRequireAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyRequireGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyRequireIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyRequireServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequire(
        Outputs.ZeroTrustAccessPolicyRequireAnyValidServiceToken? anyValidServiceToken,
        Outputs.ZeroTrustAccessPolicyRequireEmail? email,
        Outputs.ZeroTrustAccessPolicyRequireEmailDomain? emailDomain,
        Outputs.ZeroTrustAccessPolicyRequireEmailList? emailList,
        Outputs.ZeroTrustAccessPolicyRequireEveryone? everyone,
        Outputs.ZeroTrustAccessPolicyRequireGroup? group,
        Outputs.ZeroTrustAccessPolicyRequireIp? ip,
        Outputs.ZeroTrustAccessPolicyRequireServiceToken? serviceToken)
    {
        AnyValidServiceToken = anyValidServiceToken;
        Email = email;
        EmailDomain = emailDomain;
        EmailList = emailList;
        Everyone = everyone;
        Group = group;
        Ip = ip;
        ServiceToken = serviceToken;
    }
}
