namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyDiskSpeedArgs : global::Pulumi.ResourceArgs
{
    [Input("iopsRead")]
    public Input<int>? IopsRead { get; set; }

    [Input("iopsReadBurstable")]
    public Input<int>? IopsReadBurstable { get; set; }

    [Input("iopsWrite")]
    public Input<int>? IopsWrite { get; set; }

    [Input("iopsWriteBurstable")]
    public Input<int>? IopsWriteBurstable { get; set; }

    [Input("read")]
    public Input<int>? Read { get; set; }

    [Input("readBurstable")]
    public Input<int>? ReadBurstable { get; set; }

    [Input("write")]
    public Input<int>? Write { get; set; }

    [Input("writeBurstable")]
    public Input<int>? WriteBurstable { get; set; }
}

public sealed class VmLegacyDiskSpeedGetArgs : global::Pulumi.ResourceArgs
{
    [Input("iopsRead")]
    public Input<int>? IopsRead { get; set; }

    [Input("iopsReadBurstable")]
    public Input<int>? IopsReadBurstable { get; set; }

    [Input("iopsWrite")]
    public Input<int>? IopsWrite { get; set; }

    [Input("iopsWriteBurstable")]
    public Input<int>? IopsWriteBurstable { get; set; }

    [Input("read")]
    public Input<int>? Read { get; set; }

    [Input("readBurstable")]
    public Input<int>? ReadBurstable { get; set; }

    [Input("write")]
    public Input<int>? Write { get; set; }

    [Input("writeBurstable")]
    public Input<int>? WriteBurstable { get; set; }
}
