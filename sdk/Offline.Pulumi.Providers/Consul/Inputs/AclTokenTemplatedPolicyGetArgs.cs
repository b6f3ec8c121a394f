namespace Pulumi.Consul.Inputs;

public sealed class AclTokenTemplatedPolicyGetArgs : global::Pulumi.ResourceArgs
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
    public Input<Inputs.AclTokenTemplatedPolicyTemplateVariablesGetArgs>? TemplateVariables { get; set; }
}
