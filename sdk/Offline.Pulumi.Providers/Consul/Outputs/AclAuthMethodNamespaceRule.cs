namespace Pulumi.Consul.Outputs;

[OutputType]
public sealed class AclAuthMethodNamespaceRule
{
    public readonly string BindNamespace;
    public readonly string? Selector;

    [OutputConstructor]
    private AclAuthMethodNamespaceRule(
        string bindNamespace,
        string? selector)
    {
        BindNamespace = bindNamespace;
        Selector = selector;
    }
}
