namespace Pulumi.Consul.Inputs;

public sealed class AclRoleTemplatedPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("datacenters")]
    private InputList<string>? _datacenters;

    public InputList<string> Datacenters
    {
        get => _datacenters ??= [];
        set => _datacenters = value;
    }

    [Input("templateName", required: true)]
    public Input<string> TemplateName { get; set; } = null!;

    [Input("templateVariables")]
    public Input<Inputs.AclRoleTemplatedPolicyTemplateVariablesArgs>? TemplateVariables { get; set; }
}
