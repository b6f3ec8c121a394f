namespace Pulumi.Cloudflare.Inputs;

public sealed class DnsRecordSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("flattenCname")]
    public Input<bool>? FlattenCname { get; set; }

    [Input("ipv4Only")]
    public Input<bool>? Ipv4Only { get; set; }

    [Input("ipv6Only")]
    public Input<bool>? Ipv6Only { get; set; }
}
