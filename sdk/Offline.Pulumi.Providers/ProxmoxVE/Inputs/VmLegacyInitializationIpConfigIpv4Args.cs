namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyInitializationIpConfigIpv4Args : global::Pulumi.ResourceArgs
{
    [Input("address")]
    public Input<string>? Address { get; set; }

    [Input("gateway")]
    public Input<string>? Gateway { get; set; }
}

public sealed class VmLegacyInitializationIpConfigIpv4GetArgs : global::Pulumi.ResourceArgs
{
    [Input("address")]
    public Input<string>? Address { get; set; }

    [Input("gateway")]
    public Input<string>? Gateway { get; set; }
}
