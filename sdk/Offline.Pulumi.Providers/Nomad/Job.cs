using System.Collections.Immutable;

namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/job:Job")]
public partial class Job : global::Pulumi.CustomResource
{
    [Output("allAtOnce")]
    public Output<bool> AllAtOnce { get; private set; } = null!;

    [Output("allocationIds")]
    public Output<ImmutableArray<string>> AllocationIds { get; private set; } = null!;

    [Output("constraints")]
    public Output<ImmutableArray<Outputs.JobConstraint>> Constraints { get; private set; } = null!;

    [Output("createIndex")]
    public Output<int> CreateIndex { get; private set; } = null!;

    [Output("datacenters")]
    public Output<ImmutableArray<string>> Datacenters { get; private set; } = null!;

    [Output("deploymentId")]
    public Output<string> DeploymentId { get; private set; } = null!;

    [Output("deploymentStatus")]
    public Output<string> DeploymentStatus { get; private set; } = null!;

    [Output("deregisterOnDestroy")]
    public Output<bool?> DeregisterOnDestroy { get; private set; } = null!;

    [Output("deregisterOnIdChange")]
    public Output<bool?> DeregisterOnIdChange { get; private set; } = null!;

    [Output("detach")]
    public Output<bool?> Detach { get; private set; } = null!;

    [Output("hcl2")]
    public Output<Outputs.JobHcl2?> Hcl2 { get; private set; } = null!;

    [Output("jobspec")]
    public Output<string> Jobspec { get; private set; } = null!;

    [Output("json")]
    public Output<bool?> Json { get; private set; } = null!;

    [Output("modifyIndex")]
    public Output<string> ModifyIndex { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("namespace")]
    public Output<string> Namespace { get; private set; } = null!;

    [Output("parentId")]
    public Output<string> ParentId { get; private set; } = null!;

    [Output("periodicConfigs")]
    public Output<ImmutableArray<Outputs.JobPeriodicConfig>> PeriodicConfigs { get; private set; } = null!;

    [Output("policyOverride")]
    public Output<bool?> PolicyOverride { get; private set; } = null!;

    [Output("preserveCounts")]
    public Output<bool?> PreserveCounts { get; private set; } = null!;

    [Output("priority")]
    public Output<int> Priority { get; private set; } = null!;

    [Output("purgeOnDestroy")]
    public Output<bool?> PurgeOnDestroy { get; private set; } = null!;

    [Output("readAllocationIds")]
    public Output<bool?> ReadAllocationIds { get; private set; } = null!;

    [Output("region")]
    public Output<string> Region { get; private set; } = null!;

    [Output("rerunIfDead")]
    public Output<bool?> RerunIfDead { get; private set; } = null!;

    [Output("stable")]
    public Output<bool> Stable { get; private set; } = null!;

    [Output("status")]
    public Output<string> Status { get; private set; } = null!;

    [Output("statusDescription")]
    public Output<string> StatusDescription { get; private set; } = null!;

    [Output("stop")]
    public Output<bool> Stop { get; private set; } = null!;

    [Output("submitTime")]
    public Output<string> SubmitTime { get; private set; } = null!;

    [Output("taskGroups")]
    public Output<ImmutableArray<Outputs.JobTaskGroup>> TaskGroups { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    [Output("updateStrategies")]
    public Output<ImmutableArray<Outputs.JobUpdateStrategy>> UpdateStrategies { get; private set; } = null!;

    [Output("version")]
    public Output<int> Version { get; private set; } = null!;

    public Job(string name, JobArgs args, CustomResourceOptions? options = null)
        : base("nomad:index/job:Job", name, args ?? new JobArgs(), MakeOptions(options, ""))
    {
    }

    private Job(string name, Input<string> id, JobState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/job:Job", name, state, MakeOptions(options, id))
    {
    }

    public static Job Get(string name, Input<string> id, JobState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class JobArgs : global::Pulumi.ResourceArgs
{
    [Input("deregisterOnDestroy")]
    public Input<bool>? DeregisterOnDestroy { get; set; }

    [Input("deregisterOnIdChange")]
    public Input<bool>? DeregisterOnIdChange { get; set; }

    [Input("detach")]
    public Input<bool>? Detach { get; set; }

    [Input("hcl2")]
    public Input<Inputs.JobHcl2Args>? Hcl2 { get; set; }

    [Input("jobspec", required: true)]
    public Input<string> Jobspec { get; set; } = null!;

    [Input("json")]
    public Input<bool>? Json { get; set; }

    [Input("policyOverride")]
    public Input<bool>? PolicyOverride { get; set; }

    [Input("preserveCounts")]
    public Input<bool>? PreserveCounts { get; set; }

    [Input("purgeOnDestroy")]
    public Input<bool>? PurgeOnDestroy { get; set; }

    [Input("readAllocationIds")]
    public Input<bool>? ReadAllocationIds { get; set; }

    [Input("rerunIfDead")]
    public Input<bool>? RerunIfDead { get; set; }
}

public sealed class JobState : global::Pulumi.ResourceArgs
{
    [Input("allAtOnce")]
    public Input<bool>? AllAtOnce { get; set; }

    [Input("allocationIds")]
    private InputList<string>? _allocationIds;

    public InputList<string> AllocationIds
    {
        get => _allocationIds ??= [];
        set => _allocationIds = value;
    }

    [Input("constraints")]
    private InputList<Inputs.JobConstraintGetArgs>? _constraints;

    public InputList<Inputs.JobConstraintGetArgs> Constraints
    {
        get => _constraints ??= [];
        set => _constraints = value;
    }

    [Input("createIndex")]
    public Input<int>? CreateIndex { get; set; }

    [Input("datacenters")]
    private InputList<string>? _datacenters;

    public InputList<string> Datacenters
    {
        get => _datacenters ??= [];
        set => _datacenters = value;
    }

    [Input("deploymentId")]
    public Input<string>? DeploymentId { get; set; }

    [Input("deploymentStatus")]
    public Input<string>? DeploymentStatus { get; set; }

    [Input("deregisterOnDestroy")]
    public Input<bool>? DeregisterOnDestroy { get; set; }

    [Input("deregisterOnIdChange")]
    public Input<bool>? DeregisterOnIdChange { get; set; }

    [Input("detach")]
    public Input<bool>? Detach { get; set; }

    [Input("hcl2")]
    public Input<Inputs.JobHcl2GetArgs>? Hcl2 { get; set; }

    [Input("jobspec")]
    public Input<string>? Jobspec { get; set; }

    [Input("json")]
    public Input<bool>? Json { get; set; }

    [Input("modifyIndex")]
    public Input<string>? ModifyIndex { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("parentId")]
    public Input<string>? ParentId { get; set; }

    [Input("periodicConfigs")]
    private InputList<Inputs.JobPeriodicConfigGetArgs>? _periodicConfigs;

    public InputList<Inputs.JobPeriodicConfigGetArgs> PeriodicConfigs
    {
        get => _periodicConfigs ??= [];
        set => _periodicConfigs = value;
    }

    [Input("policyOverride")]
    public Input<bool>? PolicyOverride { get; set; }

    [Input("preserveCounts")]
    public Input<bool>? PreserveCounts { get; set; }

    [Input("priority")]
    public Input<int>? Priority { get; set; }

    [Input("purgeOnDestroy")]
    public Input<bool>? PurgeOnDestroy { get; set; }

    [Input("readAllocationIds")]
    public Input<bool>? ReadAllocationIds { get; set; }

    [Input("region")]
    public Input<string>? Region { get; set; }

    [Input("rerunIfDead")]
    public Input<bool>? RerunIfDead { get; set; }

    [Input("stable")]
    public Input<bool>? Stable { get; set; }

    [Input("status")]
    public Input<string>? Status { get; set; }

    [Input("statusDescription")]
    public Input<string>? StatusDescription { get; set; }

    [Input("stop")]
    public Input<bool>? Stop { get; set; }

    [Input("submitTime")]
    public Input<string>? SubmitTime { get; set; }

    [Input("taskGroups")]
    private InputList<Inputs.JobTaskGroupGetArgs>? _taskGroups;

    public InputList<Inputs.JobTaskGroupGetArgs> TaskGroups
    {
        get => _taskGroups ??= [];
        set => _taskGroups = value;
    }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("updateStrategies")]
    private InputList<Inputs.JobUpdateStrategyGetArgs>? _updateStrategies;

    public InputList<Inputs.JobUpdateStrategyGetArgs> UpdateStrategies
    {
        get => _updateStrategies ??= [];
        set => _updateStrategies = value;
    }

    [Input("version")]
    public Input<int>? Version { get; set; }
}
