namespace Pulumi.Consul.Inputs;

public sealed class AclRoleTemplatedPolicyTemplateVariablesArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }
}
