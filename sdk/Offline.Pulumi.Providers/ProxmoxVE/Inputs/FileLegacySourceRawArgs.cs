namespace Pulumi.ProxmoxVE.Inputs;

public sealed class FileLegacySourceRawArgs : global::Pulumi.ResourceArgs
{
    [Input("data", required: true)]
    public Input<string> Data { get; set; } = null!;

    [Input("fileName", required: true)]
    public Input<string> FileName { get; set; } = null!;

    [Input("resize")]
    public Input<int>? Resize { get; set; }
}

public sealed class FileLegacySourceRawGetArgs : global::Pulumi.ResourceArgs
{
    [Input("data", required: true)]
    public Input<string> Data { get; set; } = null!;

    [Input("fileName", required: true)]
    public Input<string> FileName { get; set; } = null!;

    [Input("resize")]
    public Input<int>? Resize { get; set; }
}
