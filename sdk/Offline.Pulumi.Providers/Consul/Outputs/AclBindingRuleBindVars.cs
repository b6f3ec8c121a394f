namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclBindingRuleBindVars
{
    public readonly string? Name;

    [OutputConstructor]
    private AclBindingRuleBindVars(
        string? name)
    {
        Name = name;
    }
}
