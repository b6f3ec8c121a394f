namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyMemoryArgs : global::Pulumi.ResourceArgs
{
    [Input("dedicated")]
    public Input<int>? Dedicated { get; set; }

    [Input("floating")]
    public Input<int>? Floating { get; set; }

    [Input("hugepages")]
    public Input<string>? Hugepages { get; set; }

    [Input("keepHugepages")]
    public Input<bool>? KeepHugepages { get; set; }

    [Input("shared")]
    public Input<int>? Shared { get; set; }
}

public sealed class VmLegacyMemoryGetArgs : global::Pulumi.ResourceArgs
{
    [Input("dedicated")]
    public Input<int>? Dedicated { get; set; }

    [Input("floating")]
    public Input<int>? Floating { get; set; }

    [Input("hugepages")]
    public Input<string>? Hugepages { get; set; }

    [Input("keepHugepages")]
    public Input<bool>? KeepHugepages { get; set; }

    [Input("shared")]
    public Input<int>? Shared { get; set; }
}
