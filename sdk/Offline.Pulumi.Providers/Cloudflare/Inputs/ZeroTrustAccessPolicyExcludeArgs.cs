namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEveryoneArgs>? Everyone { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeGroupArgs>? Group { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeIpArgs>? Ip { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeServiceTokenArgs>? ServiceToken { get; set; }
}
