namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyUsbArgs : global::Pulumi.ResourceArgs
{
    [Input("host")]
    public Input<string>? Host { get; set; }

    [Input("mapping")]
    public Input<string>? Mapping { get; set; }

    [Input("usb3")]
    public Input<bool>? Usb3 { get; set; }
}

public sealed class VmLegacyUsbGetArgs : global::Pulumi.ResourceArgs
{
    [Input("host")]
    public Input<string>? Host { get; set; }

    [Input("mapping")]
    public Input<string>? Mapping { get; set; }

    [Input("usb3")]
    public Input<bool>? Usb3 { get; set; }
}
