namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class DnsRecordSettings
{
    public readonly bool? FlattenCname;
    public readonly bool? Ipv4Only;
    public readonly bool? Ipv6Only;

    [OutputConstructor]
    private DnsRecordSettings(
        bool? flattenCname,
        bool? ipv4Only,
        bool? ipv6Only)
    {
        FlattenCname = flattenCname;
        Ipv4Only = ipv4Only;
        Ipv6Only = ipv6Only;
    }
}
