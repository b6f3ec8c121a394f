namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeGetArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeAnyValidServiceTokenGetArgs>? AnyValidServiceToken { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailGetArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailDomainGetArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailListGetArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEveryoneGetArgs>? Everyone { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeGroupGetArgs>? Group { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeIpGetArgs>? Ip { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeServiceTokenGetArgs>? ServiceToken { get; set; }
}
