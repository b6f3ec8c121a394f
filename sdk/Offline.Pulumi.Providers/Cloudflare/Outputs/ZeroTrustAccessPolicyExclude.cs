namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyExclude
{
    public readonly Outputs.ZeroTrustAccessPolicyExcludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExclude(
        Outputs.ZeroTrustAccessPolicyExcludeAnyValidServiceToken? anyValidServiceToken,
        Outputs.ZeroTrustAccessPolicyExcludeEmail? email,
        Outputs.ZeroTrustAccessPolicyExcludeEmailDomain? emailDomain,
        Outputs.ZeroTrustAccessPolicyExcludeEmailList? emailList,
        Outputs.ZeroTrustAccessPolicyExcludeEveryone? everyone,
        Outputs.ZeroTrustAccessPolicyExcludeGroup? group,
        Outputs.ZeroTrustAccessPolicyExcludeIp? ip,
        Outputs.ZeroTrustAccessPolicyExcludeServiceToken? serviceToken)
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
