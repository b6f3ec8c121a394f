namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclRoleTemplatedPolicyTemplateVariables
{
    public readonly string? Name;

    [OutputConstructor]
    private AclRoleTemplatedPolicyTemplateVariables(
        string? name)
    {
        Name = name;
    }
}
