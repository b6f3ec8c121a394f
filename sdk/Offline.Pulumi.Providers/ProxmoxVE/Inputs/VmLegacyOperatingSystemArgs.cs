namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyOperatingSystemArgs : global::Pulumi.ResourceArgs
{
    [Input("type")]
    public Input<string>? Type { get; set; }
}

public sealed class VmLegacyOperatingSystemGetArgs : global::Pulumi.ResourceArgs
{
    [Input("type")]
    public Input<string>? Type { get; set; }
}
