namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyAmdSevArgs : global::Pulumi.ResourceArgs
{
    [Input("allowSmt")]
    public Input<bool>? AllowSmt { get; set; }

    [Input("kernelHashes")]
    public Input<bool>? KernelHashes { get; set; }

    [Input("noDebug")]
    public Input<bool>? NoDebug { get; set; }

    [Input("noKeySharing")]
    public Input<bool>? NoKeySharing { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}

public sealed class VmLegacyAmdSevGetArgs : global::Pulumi.ResourceArgs
{
    [Input("allowSmt")]
    public Input<bool>? AllowSmt { get; set; }

    [Input("kernelHashes")]
    public Input<bool>? KernelHashes { get; set; }

    [Input("noDebug")]
    public Input<bool>? NoDebug { get; set; }

    [Input("noKeySharing")]
    public Input<bool>? NoKeySharing { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}
