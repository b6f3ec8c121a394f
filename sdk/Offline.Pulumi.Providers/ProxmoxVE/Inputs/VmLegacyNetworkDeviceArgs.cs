namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyNetworkDeviceArgs : global::Pulumi.ResourceArgs
{
    [Input("bridge")]
    public Input<string>? Bridge { get; set; }

    [Input("disconnected")]
    public Input<bool>? Disconnected { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("firewall")]
    public Input<bool>? Firewall { get; set; }

    [Input("macAddress")]
    public Input<string>? MacAddress { get; set; }

    [Input("model")]
    public Input<string>? Model { get; set; }

    [Input("mtu")]
    public Input<int>? Mtu { get; set; }

    [Input("queues")]
    public Input<int>? Queues { get; set; }

    [Input("rateLimit")]
    public Input<double>? RateLimit { get; set; }

    [Input("trunks")]
    public Input<string>? Trunks { get; set; }

    [Input("vlanId")]
    public Input<int>? VlanId { get; set; }
}

public sealed class VmLegacyNetworkDeviceGetArgs : global::Pulumi.ResourceArgs
{
    [Input("bridge")]
    public Input<string>? Bridge { get; set; }

    [Input("disconnected")]
    public Input<bool>? Disconnected { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("firewall")]
    public Input<bool>? Firewall { get; set; }

    [Input("macAddress")]
    public Input<string>? MacAddress { get; set; }

    [Input("model")]
    public Input<string>? Model { get; set; }

    [Input("mtu")]
    public Input<int>? Mtu { get; set; }

    [Input("queues")]
    public Input<int>? Queues { get; set; }

    [Input("rateLimit")]
    public Input<double>? RateLimit { get; set; }

    [Input("trunks")]
    public Input<string>? Trunks { get; set; }

    [Input("vlanId")]
    public Input<int>? VlanId { get; set; }
}
