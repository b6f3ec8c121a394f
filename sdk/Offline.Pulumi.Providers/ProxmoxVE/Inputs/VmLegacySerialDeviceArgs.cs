namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacySerialDeviceArgs : global::Pulumi.ResourceArgs
{
    [Input("device")]
    public Input<string>? Device { get; set; }
}

public sealed class VmLegacySerialDeviceGetArgs : global::Pulumi.ResourceArgs
{
    [Input("device")]
    public Input<string>? Device { get; set; }
}
