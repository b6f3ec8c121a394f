namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeGetArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeAnyValidServiceTokenGetArgs>? AnyValidServiceToken { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailGetArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailDomainGetArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailListGetArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEveryoneGetArgs>? Everyone { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeGroupGetArgs>? Group { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeIpGetArgs>? Ip { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeServiceTokenGetArgs>? ServiceToken { get; set; }
}
