namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyAudioDeviceArgs : global::Pulumi.ResourceArgs
{
    [Input("device")]
    public Input<string>? Device { get; set; }

    [Input("driver")]
    public Input<string>? Driver { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }
}

public sealed class VmLegacyAudioDeviceGetArgs : global::Pulumi.ResourceArgs
{
    [Input("device")]
    public Input<string>? Device { get; set; }

    [Input("driver")]
    public Input<string>? Driver { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }
}
