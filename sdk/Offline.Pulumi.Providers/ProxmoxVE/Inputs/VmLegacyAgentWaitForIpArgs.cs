namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyAgentWaitForIpArgs : global::Pulumi.ResourceArgs
{
    [Input("disabled")]
    public Input<bool>? Disabled { get; set; }

    [Input("ipv4")]
    public Input<bool>? Ipv4 { get; set; }

    [Input("ipv6")]
    public Input<bool>? Ipv6 { get; set; }
}

public sealed class VmLegacyAgentWaitForIpGetArgs : global::Pulumi.ResourceArgs
{
    [Input("disabled")]
    public Input<bool>? Disabled { get; set; }

    [Input("ipv4")]
    public Input<bool>? Ipv4 { get; set; }

    [Input("ipv6")]
    public Input<bool>? Ipv6 { get; set; }
}
