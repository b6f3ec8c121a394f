namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyWatchdogArgs : global::Pulumi.ResourceArgs
{
    [Input("action")]
    public Input<string>? Action { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("model")]
    public Input<string>? Model { get; set; }
}

public sealed class VmLegacyWatchdogGetArgs : global::Pulumi.ResourceArgs
{
    [Input("action")]
    public Input<string>? Action { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("model")]
    public Input<string>? Model { get; set; }
}
