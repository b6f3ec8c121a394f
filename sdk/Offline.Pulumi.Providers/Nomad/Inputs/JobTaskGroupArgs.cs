namespace Pulumi.Nomad.Inputs;

public sealed class JobTaskGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("count")]
    public Input<int>? Count { get; set; }

    [Input("meta")]
    private InputMap<string>? _meta;

    public InputMap<string> Meta
    {
        get => _meta ??= [];
        set => _meta = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("tasks")]
    private InputList<Inputs.JobTaskGroupTaskArgs>? _tasks;

    public InputList<Inputs.JobTaskGroupTaskArgs> Tasks
    {
        get => _tasks ??= [];
        set => _tasks = value;
    }

    [Input("updateStrategies")]
    private InputList<Inputs.JobTaskGroupUpdateStrategyArgs>? _updateStrategies;

    public InputList<Inputs.JobTaskGroupUpdateStrategyArgs> UpdateStrategies
    {
        get => _updateStrategies ??= [];
        set => _updateStrategies = value;
    }

    [Input("volumes")]
    private InputList<Inputs.JobTaskGroupVolumeArgs>? _volumes;

    public InputList<Inputs.JobTaskGroupVolumeArgs> Volumes
    {
        get => _volumes ??= [];
        set => _volumes = value;
    }
}
