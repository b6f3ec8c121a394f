namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyStartupArgs : global::Pulumi.ResourceArgs
{
    [Input("downDelay")]
    public Input<int>? DownDelay { get; set; }

    [Input("order")]
    public Input<int>? Order { get; set; }

    [Input("upDelay")]
    public Input<int>? UpDelay { get; set; }
}

public sealed class VmLegacyStartupGetArgs : global::Pulumi.ResourceArgs
{
    [Input("downDelay")]
    public Input<int>? DownDelay { get; set; }

    [Input("order")]
    public Input<int>? Order { get; set; }

    [Input("upDelay")]
    public Input<int>? UpDelay { get; set; }
}
