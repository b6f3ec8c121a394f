namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEveryoneArgs>? Everyone { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeGroupArgs>? Group { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeIpArgs>? Ip { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeServiceTokenArgs>? ServiceToken { get; set; }
}
