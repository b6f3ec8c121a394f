namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessApplicationPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("decision")]
    public Input<string>? Decision { get; set; }

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("precedence")]
    public Input<int>? Precedence { get; set; }
}
