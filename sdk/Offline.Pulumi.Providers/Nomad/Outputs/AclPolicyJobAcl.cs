namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class AclPolicyJobAcl
{
    public readonly string? Group;
    public readonly string? JobId;
    public readonly string? Namespace;
    public readonly string? Task;

    [OutputConstructor]
    private AclPolicyJobAcl(
        string? group,
        string? jobId,
        string? @namespace,
        string? task)
    {
        Group = group;
        JobId = jobId;
        Namespace = @namespace;
        Task = task;
    }
}
