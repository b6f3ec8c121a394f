namespace Pulumi.Nomad;

[NomadResourceType("pulumi:providers:nomad")]
public partial class Provider : global::Pulumi.ProviderResource
{
    [Output("address")]
    public Output<string?> Address { get; private set; } = null!;

    [Output("caFile")]
    public Output<string?> CaFile { get; private set; } = null!;

    [Output("caPem")]
    public Output<string?> CaPem { get; private set; } = null!;

    [Output("certFile")]
    public Output<string?> CertFile { get; private set; } = null!;

    [Output("certPem")]
    public Output<string?> CertPem { get; private set; } = null!;

    [Output("httpAuth")]
    public Output<string?> HttpAuth { get; private set; } = null!;

    [Output("keyFile")]
    public Output<string?> KeyFile { get; private set; } = null!;

    [Output("keyPem")]
    public Output<string?> KeyPem { get; private set; } = null!;

    [Output("region")]
    public Output<string?> Region { get; private set; } = null!;

    [Output("secretId")]
    public Output<string?> SecretId { get; private set; } = null!;

    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("nomad", name, args ?? new ProviderArgs(), MakeOptions(options))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "2.6.1",
            AdditionalSecretOutputs = { "httpAuth", "secretId" },
        };
        return CustomResourceOptions.Merge(defaults, options);
    }
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("address")]
    public Input<string>? Address { get; set; }

    [Input("authJwt", json: true)]
    public Input<Inputs.ProviderAuthJwtArgs>? AuthJwt { get; set; }

    [Input("caFile")]
    public Input<string>? CaFile { get; set; }

    [Input("caPem")]
    public Input<string>? CaPem { get; set; }

    [Input("certFile")]
    public Input<string>? CertFile { get; set; }

    [Input("certPem")]
    public Input<string>? CertPem { get; set; }

    [Input("headers", json: true)]
    private InputList<Inputs.ProviderHeaderArgs>? _headers;

    public InputList<Inputs.ProviderHeaderArgs> Headers
    {
        get => _headers ??= [];
        set => _headers = value;
    }

    [Input("httpAuth")]
    private Input<string>? _httpAuth;

    public Input<string>? HttpAuth
    {
        get => _httpAuth;
        set => _httpAuth = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("ignoreEnvVars", json: true)]
    private InputMap<bool>? _ignoreEnvVars;

    public InputMap<bool> IgnoreEnvVars
    {
        get => _ignoreEnvVars ??= [];
        set => _ignoreEnvVars = value;
    }

    [Input("keyFile")]
    public Input<string>? KeyFile { get; set; }

    [Input("keyPem")]
    public Input<string>? KeyPem { get; set; }

    [Input("region")]
    public Input<string>? Region { get; set; }

    [Input("secretId")]
    private Input<string>? _secretId;

    public Input<string>? SecretId
    {
        get => _secretId;
        set => _secretId = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("skipVerify", json: true)]
    public Input<bool>? SkipVerify { get; set; }
}
