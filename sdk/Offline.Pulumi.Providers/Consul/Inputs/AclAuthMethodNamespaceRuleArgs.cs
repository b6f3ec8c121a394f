namespace Pulumi.Consul.Inputs;

public sealed class AclAuthMethodNamespaceRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("bindNamespace", required: true)]
    public Input<string> BindNamespace { get; set; } = null!;

    [Input("selector")]
    public Input<string>? Selector { get; set; }
}
