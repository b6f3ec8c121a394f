namespace Pulumi.Consul.Inputs;

public sealed class AclRoleTemplatedPolicyTemplateVariablesGetArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
