namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacySmbiosArgs : global::Pulumi.ResourceArgs
{
    [Input("family")]
    public Input<string>? Family { get; set; }

    [Input("manufacturer")]
    public Input<string>? Manufacturer { get; set; }

    [Input("product")]
    public Input<string>? Product { get; set; }

    [Input("serial")]
    public Input<string>? Serial { get; set; }

    [Input("sku")]
    public Input<string>? Sku { get; set; }

    [Input("uuid")]
    public Input<string>? Uuid { get; set; }

    [Input("version")]
    public Input<string>? Version { get; set; }
}

public sealed class VmLegacySmbiosGetArgs : global::Pulumi.ResourceArgs
{
    [Input("family")]
    public Input<string>? Family { get; set; }

    [Input("manufacturer")]
    public Input<string>? Manufacturer { get; set; }

    [Input("product")]
    public Input<string>? Product { get; set; }

    [Input("serial")]
    public Input<string>? Serial { get; set; }

    [Input("sku")]
    public Input<string>? Sku { get; set; }

    [Input("uuid")]
    public Input<string>? Uuid { get; set; }

    [Input("version")]
    public Input<string>? Version { get; set; }
}
