namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclTokenTemplatedPolicyTemplateVariables
{
    public readonly string? Name;

    [OutputConstructor]
    private AclTokenTemplatedPolicyTemplateVariables(
        string? name)
    {
        Name = name;
    }
}
