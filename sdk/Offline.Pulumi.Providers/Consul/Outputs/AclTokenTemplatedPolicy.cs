using System.Collections.Immutable;

namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclTokenTemplatedPolicy
{
    public readonly ImmutableArray<string> Datacenters;
    public readonly string TemplateName;
    public readonly Outputs.AclTokenTemplatedPolicyTemplateVariables? TemplateVariables;

    [OutputConstructor]
    private AclTokenTemplatedPolicy(
        ImmutableArray<string> datacenters,
        string templateName,
        Outputs.AclTokenTemplatedPolicyTemplateVariables? templateVariables)
    {
        Datacenters = datacenters;
        TemplateName = templateName;
        TemplateVariables = templateVariables;
    }
}
