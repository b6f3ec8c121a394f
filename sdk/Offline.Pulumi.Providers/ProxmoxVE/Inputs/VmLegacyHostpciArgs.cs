namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyHostpciArgs : global::Pulumi.ResourceArgs
{
    [Input("device", required: true)]
    public Input<string> Device { get; set; } = null!;

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("mapping")]
    public Input<string>? Mapping { get; set; }

    [Input("mdev")]
    public Input<string>? Mdev { get; set; }

    [Input("pcie")]
    public Input<bool>? Pcie { get; set; }

    [Input("romFile")]
    public Input<string>? RomFile { get; set; }

    [Input("rombar")]
    public Input<bool>? Rombar { get; set; }

    [Input("xvga")]
    public Input<bool>? Xvga { get; set; }
}

public sealed class VmLegacyHostpciGetArgs : global::Pulumi.ResourceArgs
{
    [Input("device", required: true)]
    public Input<string> Device { get; set; } = null!;

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("mapping")]
    public Input<string>? Mapping { get; set; }

    [Input("mdev")]
    public Input<string>? Mdev { get; set; }

    [Input("pcie")]
    public Input<bool>? Pcie { get; set; }

    [Input("romFile")]
    public Input<string>? RomFile { get; set; }

    [Input("rombar")]
    public Input<bool>? Rombar { get; set; }

    [Input("xvga")]
    public Input<bool>? Xvga { get; set; }
}
