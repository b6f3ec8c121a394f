namespace Pulumi.Consul.Inputs;

public sealed class AclAuthMethodNamespaceRuleGetArgs : global::Pulumi.ResourceArgs
{
    [Input("bindNamespace", required: true)]
    public Input<string> BindNamespace { get; set; } = null!;

    [Input("selector")]
    public Input<string>? Selector { get; set; }
}
