namespace Pulumi.Nomad.Inputs;

public sealed class JobTaskGroupTaskGetArgs : global::Pulumi.ResourceArgs
{
    [Input("driver")]
    public Input<string>? Driver { get; set; }

    [Input("meta")]
    private InputMap<string>? _meta;

    public InputMap<string> Meta
    {
        get => _meta ??= [];
        set => _meta = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("volumeMounts")]
    private InputList<Inputs.JobTaskGroupTaskVolumeMountGetArgs>? _volumeMounts;

    public InputList<Inputs.JobTaskGroupTaskVolumeMountGetArgs> VolumeMounts
    {
        get => _volumeMounts ??= [];
        set => _volumeMounts = value;
    }
}
