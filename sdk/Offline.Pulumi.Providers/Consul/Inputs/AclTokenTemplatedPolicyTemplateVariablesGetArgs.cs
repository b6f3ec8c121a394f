namespace Pulumi.Consul.Inputs;

public sealed class AclTokenTemplatedPolicyTemplateVariablesGetArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
