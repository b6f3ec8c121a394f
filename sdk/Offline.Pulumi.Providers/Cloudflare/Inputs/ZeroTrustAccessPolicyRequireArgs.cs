namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEveryoneArgs>? Everyone { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireGroupArgs>? Group { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireIpArgs>? Ip { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireServiceTokenArgs>? ServiceToken { get; set; }
}
