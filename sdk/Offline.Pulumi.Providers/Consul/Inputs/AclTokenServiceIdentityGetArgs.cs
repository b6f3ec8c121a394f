namespace Pulumi.Consul.Inputs;

public sealed class AclTokenServiceIdentityGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datacenters")]
    private InputList<string>? _datacenters;

    public InputList<string> Datacenters
    {
        get => _datacenters ??= [];
        set => _datacenters = value;
    }

    [Input("serviceName", required: true)]
    public Input<string> ServiceName { get; set; } = null!;
}
