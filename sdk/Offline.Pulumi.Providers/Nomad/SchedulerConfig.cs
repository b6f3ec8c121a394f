using System.Collections.Immutable;

namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/schedulerConfig:SchedulerConfig")]
public partial class SchedulerConfig : global::Pulumi.CustomResource
{
    [Output("memoryOversubscriptionEnabled")]
    public Output<bool?> MemoryOversubscriptionEnabled { get; private set; } = null!;

    [Output("preemptionConfig")]
    public Output<ImmutableDictionary<string, bool>?> PreemptionConfig { get; private set; } = null!;

    [Output("schedulerAlgorithm")]
    public Output<string?> SchedulerAlgorithm { get; private set; } = null!;

    public SchedulerConfig(string name, SchedulerConfigArgs? args = null, CustomResourceOptions? options = null)
        : base("nomad:index/schedulerConfig:SchedulerConfig", name, args ?? new SchedulerConfigArgs(), MakeOptions(options, ""))
    {
    }

    private SchedulerConfig(string name, Input<string> id, SchedulerConfigState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/schedulerConfig:SchedulerConfig", name, state, MakeOptions(options, id))
    {
    }

    public static SchedulerConfig Get(string name, Input<string> id, SchedulerConfigState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "2.6.1",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class SchedulerConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("memoryOversubscriptionEnabled")]
    public Input<bool>? MemoryOversubscriptionEnabled { get; set; }

    [Input("preemptionConfig")]
    private InputMap<bool>? _preemptionConfig;

    public InputMap<bool> PreemptionConfig
    {
        get => _preemptionConfig ??= [];
        set => _preemptionConfig = value;
    }

    [Input("schedulerAlgorithm")]
    public Input<string>? SchedulerAlgorithm { get; set; }
}

public sealed class SchedulerConfigState : global::Pulumi.ResourceArgs
{
    [Input("memoryOversubscriptionEnabled")]
    public Input<bool>? MemoryOversubscriptionEnabled { get; set; }

    [Input("preemptionConfig")]
    private InputMap<bool>? _preemptionConfig;

    public InputMap<bool> PreemptionConfig
    {
        get => _preemptionConfig ??= [];
        set => _preemptionConfig = value;
    }

    [Input("schedulerAlgorithm")]
    public Input<string>? SchedulerAlgorithm { get; set; }
}
