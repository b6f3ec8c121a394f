namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyNumaArgs : global::Pulumi.ResourceArgs
{
    [Input("cpus", required: true)]
    public Input<string> Cpus { get; set; } = null!;

    [Input("device", required: true)]
    public Input<string> Device { get; set; } = null!;

    [Input("hostnodes")]
    public Input<string>? Hostnodes { get; set; }

    [Input("memory", required: true)]
    public Input<int> Memory { get; set; } = null!;

    [Input("policy")]
    public Input<string>? Policy { get; set; }
}

public sealed class VmLegacyNumaGetArgs : global::Pulumi.ResourceArgs
{
    [Input("cpus", required: true)]
    public Input<string> Cpus { get; set; } = null!;

    [Input("device", required: true)]
    public Input<string> Device { get; set; } = null!;

    [Input("hostnodes")]
    public Input<string>? Hostnodes { get; set; }

    [Input("memory", required: true)]
    public Input<int> Memory { get; set; } = null!;

    [Input("policy")]
    public Input<string>? Policy { get; set; }
}
