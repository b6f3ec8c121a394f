namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyAgentArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("timeout")]
    public Input<string>? Timeout { get; set; }

    [Input("trim")]
    public Input<bool>? Trim { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("waitForIp")]
    public Input<Inputs.VmLegacyAgentWaitForIpArgs>? WaitForIp { get; set; }
}

public sealed class VmLegacyAgentGetArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("timeout")]
    public Input<string>? Timeout { get; set; }

    [Input("trim")]
    public Input<bool>? Trim { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("waitForIp")]
    public Input<Inputs.VmLegacyAgentWaitForIpGetArgs>? WaitForIp { get; set; }
}
