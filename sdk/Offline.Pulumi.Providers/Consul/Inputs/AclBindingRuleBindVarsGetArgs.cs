namespace Pulumi.Consul.Inputs;

public sealed class AclBindingRuleBindVarsGetArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
