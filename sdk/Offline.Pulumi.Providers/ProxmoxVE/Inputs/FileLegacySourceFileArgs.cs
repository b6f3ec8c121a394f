namespace Pulumi.ProxmoxVE.Inputs;

public sealed class FileLegacySourceFileArgs : global::Pulumi.ResourceArgs
{
    [Input("changed")]
    public Input<bool>? Changed { get; set; }

    [Input("checksum")]
    public Input<string>? Checksum { get; set; }

    [Input("fileName")]
    public Input<string>? FileName { get; set; }

    [Input("insecure")]
    public Input<bool>? Insecure { get; set; }

    [Input("minTls")]
    public Input<string>? MinTls { get; set; }

    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;
}

public sealed class FileLegacySourceFileGetArgs : global::Pulumi.ResourceArgs
{
    [Input("changed")]
    public Input<bool>? Changed { get; set; }

    [Input("checksum")]
    public Input<string>? Checksum { get; set; }

    [Input("fileName")]
    public Input<string>? FileName { get; set; }

    [Input("insecure")]
    public Input<bool>? Insecure { get; set; }

    [Input("minTls")]
    public Input<string>? MinTls { get; set; }

    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;
}
