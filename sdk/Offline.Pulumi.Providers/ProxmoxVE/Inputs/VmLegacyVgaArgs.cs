namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyVgaArgs : global::Pulumi.ResourceArgs
{
    [Input("clipboard")]
    public Input<string>? Clipboard { get; set; }

    [Input("memory")]
    public Input<int>? Memory { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}

public sealed class VmLegacyVgaGetArgs : global::Pulumi.ResourceArgs
{
    [Input("clipboard")]
    public Input<string>? Clipboard { get; set; }

    [Input("memory")]
    public Input<int>? Memory { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}
