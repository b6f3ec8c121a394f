namespace Pulumi.Nomad.Inputs;

public sealed class ProviderAuthJwtArgs : global::Pulumi.ResourceArgs
{
    [Input("authMethod", required: true)]
    public Input<string> AuthMethod { get; set; } = null!;

    [Input("loginToken", required: true)]
    private Input<string>? _loginToken;

    public Input<string>? LoginToken
    {
        get => _loginToken;
        set => _loginToken = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}
