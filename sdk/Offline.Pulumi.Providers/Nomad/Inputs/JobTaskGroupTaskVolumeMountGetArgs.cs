namespace Pulumi.Nomad.Inputs;

public sealed class JobTaskGroupTaskVolumeMountGetArgs : global::Pulumi.ResourceArgs
{
    [Input("destination")]
    public Input<string>? Destination { get; set; }

    [Input("readOnly")]
    public Input<bool>? ReadOnly { get; set; }

    [Input("volume")]
    public Input<string>? Volume { get; set; }
}
