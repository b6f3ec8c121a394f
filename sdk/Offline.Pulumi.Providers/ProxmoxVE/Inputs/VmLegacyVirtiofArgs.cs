namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyVirtiofArgs : global::Pulumi.ResourceArgs
{
    [Input("cache")]
    public Input<string>? Cache { get; set; }

    [Input("directIo")]
    public Input<bool>? DirectIo { get; set; }

    [Input("exposeAcl")]
    public Input<bool>? ExposeAcl { get; set; }

    [Input("exposeXattr")]
    public Input<bool>? ExposeXattr { get; set; }

    [Input("mapping", required: true)]
    public Input<string> Mapping { get; set; } = null!;
}

public sealed class VmLegacyVirtiofGetArgs : global::Pulumi.ResourceArgs
{
    [Input("cache")]
    public Input<string>? Cache { get; set; }

    [Input("directIo")]
    public Input<bool>? DirectIo { get; set; }

    [Input("exposeAcl")]
    public Input<bool>? ExposeAcl { get; set; }

    [Input("exposeXattr")]
    public Input<bool>? ExposeXattr { get; set; }

    [Input("mapping", required: true)]
    public Input<string> Mapping { get; set; } = null!;
}
