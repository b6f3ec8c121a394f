namespace Pulumi.Consul.Inputs;

public sealed class ProviderAuthJwtArgs : global::Pulumi.ResourceArgs
{
    [Input("authMethod", required: true)]
    public Input<string> AuthMethod { get; set; } = null!;

    [Input("bearerToken")]
    private Input<string>? _bearerToken;

    public Input<string>? BearerToken
    {
        get => _bearerToken;
        set => _bearerToken = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("meta")]
    private InputMap<string>? _meta;

    public InputMap<string> Meta
    {
        get => _meta ??= [];
        set => _meta = value;
    }

    [Input("useTerraformCloudWorkloadIdentity")]
    public Input<bool>? UseTerraformCloudWorkloadIdentity { get; set; }
}
