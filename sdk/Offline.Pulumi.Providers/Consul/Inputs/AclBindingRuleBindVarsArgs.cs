namespace Pulumi.Consul.Inputs;

public sealed class AclBindingRuleBindVarsArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
