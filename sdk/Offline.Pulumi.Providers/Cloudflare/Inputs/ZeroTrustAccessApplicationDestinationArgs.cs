namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessApplicationDestinationArgs : global::Pulumi.ResourceArgs
{
    [Input("cidr")]
    public Input<string>? Cidr { get; set; }

    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("l4Protocol")]
    public Input<string>? L4Protocol { get; set; }

    [Input("mcpServerId")]
    public Input<string>? McpServerId { get; set; }

    [Input("portRange")]
    public Input<string>? PortRange { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("uri")]
    public Input<string>? Uri { get; set; }

    [Input("vnetId")]
    public Input<string>? VnetId { get; set; }
}
