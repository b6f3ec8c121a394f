namespace Pulumi.Nomad.Inputs;

public sealed class JobTaskGroupGetArgs : global::Pulumi.ResourceArgs
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
    private InputList<Inputs.JobTaskGroupTaskGetArgs>? _tasks;

    public InputList<Inputs.JobTaskGroupTaskGetArgs> Tasks
    {
        get => _tasks ??= [];
        set => _tasks = value;
    }

    [Input("updateStrategies")]
    private InputList<Inputs.JobTaskGroupUpdateStrategyGetArgs>? _updateStrategies;

    public InputList<Inputs.JobTaskGroupUpdateStrategyGetArgs> UpdateStrategies
    {
        get => _updateStrategies ??= [];
        set => _updateStrategies = value;
    }

    [Input("volumes")]
    private InputList<Inputs.JobTaskGroupVolumeGetArgs>? _volumes;

    public InputList<Inputs.JobTaskGroupVolumeGetArgs> Volumes
    {
        get => _volumes ??= [];
        set => _volumes = value;
    }
}
