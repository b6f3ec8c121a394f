namespace Pulumi.Consul.Inputs;

public sealed class AclTokenTemplatedPolicyTemplateVariablesArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
