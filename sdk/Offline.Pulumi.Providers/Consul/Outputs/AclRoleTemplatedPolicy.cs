using System.Collections.Immutable;

namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclRoleTemplatedPolicy
{
    public readonly ImmutableArray<string> Datacenters;
    public readonly string TemplateName;
    public readonly Outputs.AclRoleTemplatedPolicyTemplateVariables? TemplateVariables;

    [OutputConstructor]
    private AclRoleTemplatedPolicy(
        ImmutableArray<string> datacenters,
        string templateName,
        Outputs.AclRoleTemplatedPolicyTemplateVariables? templateVariables)
    {
        Datacenters = datacenters;
        TemplateName = templateName;
        TemplateVariables = templateVariables;
    }
}
