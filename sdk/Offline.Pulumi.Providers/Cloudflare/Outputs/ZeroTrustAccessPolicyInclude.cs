namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyInclude
{
    public readonly Outputs.ZeroTrustAccessPolicyIncludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyInclude(
        Outputs.ZeroTrustAccessPolicyIncludeAnyValidServiceToken? anyValidServiceToken,
        Outputs.ZeroTrustAccessPolicyIncludeEmail? email,
        Outputs.ZeroTrustAccessPolicyIncludeEmailDomain? emailDomain,
        Outputs.ZeroTrustAccessPolicyIncludeEmailList? emailList,
        Outputs.ZeroTrustAccessPolicyIncludeEveryone? everyone,
        Outputs.ZeroTrustAccessPolicyIncludeGroup? group,
        Outputs.ZeroTrustAccessPolicyIncludeIp? ip,
        Outputs.ZeroTrustAccessPolicyIncludeServiceToken? serviceToken)
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
