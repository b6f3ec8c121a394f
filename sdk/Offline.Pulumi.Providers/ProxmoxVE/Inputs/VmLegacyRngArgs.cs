namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyRngArgs : global::Pulumi.ResourceArgs
{
    [Input("maxBytes")]
    public Input<int>? MaxBytes { get; set; }

    [Input("period")]
    public Input<int>? Period { get; set; }

    [Input("source", required: true)]
    public Input<string> Source { get; set; } = null!;
}

public sealed class VmLegacyRngGetArgs : global::Pulumi.ResourceArgs
{
    [Input("maxBytes")]
    public Input<int>? MaxBytes { get; set; }

    [Input("period")]
    public Input<int>? Period { get; set; }

    [Input("source", required: true)]
    public Input<string> Source { get; set; } = null!;
}
