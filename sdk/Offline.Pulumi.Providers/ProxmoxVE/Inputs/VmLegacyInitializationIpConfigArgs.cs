namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyInitializationIpConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("ipv4")]
    public Input<Inputs.VmLegacyInitializationIpConfigIpv4Args>? Ipv4 { get; set; }

    [Input("ipv6")]
    public Input<Inputs.VmLegacyInitializationIpConfigIpv6Args>? Ipv6 { get; set; }
}

public sealed class VmLegacyInitializationIpConfigGetArgs : global::Pulumi.ResourceArgs
{
    [Input("ipv4")]
    public Input<Inputs.VmLegacyInitializationIpConfigIpv4GetArgs>? Ipv4 { get; set; }

    [Input("ipv6")]
    public Input<Inputs.VmLegacyInitializationIpConfigIpv6GetArgs>? Ipv6 { get; set; }
}
