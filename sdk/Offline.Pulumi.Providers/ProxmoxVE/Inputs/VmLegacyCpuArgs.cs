namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyCpuArgs : global::Pulumi.ResourceArgs
{
    [Input("affinity")]
    public Input<string>? Affinity { get; set; }

    [Input("architecture")]
    public Input<string>? Architecture { get; set; }

    [Input("cores")]
    public Input<int>? Cores { get; set; }

    [Input("flags")]
    private InputList<string>? _flags;

    public InputList<string> Flags
    {
        get => _flags ??= new();
        set => _flags = value;
    }

    [Input("hotplugged")]
    public Input<int>? Hotplugged { get; set; }

    [Input("limit")]
    public Input<double>? Limit { get; set; }

    [Input("numa")]
    public Input<bool>? Numa { get; set; }

    [Input("sockets")]
    public Input<int>? Sockets { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("units")]
    public Input<int>? Units { get; set; }
}

public sealed class VmLegacyCpuGetArgs : global::Pulumi.ResourceArgs
{
    [Input("affinity")]
    public Input<string>? Affinity { get; set; }

    [Input("architecture")]
    public Input<string>? Architecture { get; set; }

    [Input("cores")]
    public Input<int>? Cores { get; set; }

    [Input("flags")]
    private InputList<string>? _flags;

    public InputList<string> Flags
    {
        get => _flags ??= new();
        set => _flags = value;
    }

    [Input("hotplugged")]
    public Input<int>? Hotplugged { get; set; }

    [Input("limit")]
    public Input<double>? Limit { get; set; }

    [Input("numa")]
    public Input<bool>? Numa { get; set; }

    [Input("sockets")]
    public Input<int>? Sockets { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("units")]
    public Input<int>? Units { get; set; }
}
