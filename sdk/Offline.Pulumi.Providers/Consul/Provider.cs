namespace Pulumi.Consul;

[ConsulResourceType("pulumi:providers:consul")]
public partial class Provider : global::Pulumi.ProviderResource
{
    [Output("address")]
    public Output<string?> Address { get; private set; } = null!;

    [Output("caFile")]
    public Output<string?> CaFile { get; private set; } = null!;

    [Output("caPath")]
    public Output<string?> CaPath { get; private set; } = null!;

    [Output("caPem")]
    public Output<string?> CaPem { get; private set; } = null!;

    [Output("certFile")]
    public Output<string?> CertFile { get; private set; } = null!;

    [Output("certPem")]
    public Output<string?> CertPem { get; private set; } = null!;

    [Output("datacenter")]
    public Output<string?> Datacenter { get; private set; } = null!;

    [Output("httpAuth")]
    public Output<string?> HttpAuth { get; private set; } = null!;

    [Output("keyFile")]
    public Output<string?> KeyFile { get; private set; } = null!;

    [Output("keyPem")]
    public Output<string?> KeyPem { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("scheme")]
    public Output<string?> Scheme { get; private set; } = null!;

    [Output("token")]
    public Output<string?> Token { get; private set; } = null!;

    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("consul", name, args ?? new ProviderArgs(), MakeOptions(options))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "3.15.1",
            AdditionalSecretOutputs = { "httpAuth", "token" },
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

    [Input("caPath")]
    public Input<string>? CaPath { get; set; }

    [Input("caPem")]
    public Input<string>? CaPem { get; set; }

    [Input("certFile")]
    public Input<string>? CertFile { get; set; }

    [Input("certPem")]
    public Input<string>? CertPem { get; set; }

    [Input("datacenter")]
    public Input<string>? Datacenter { get; set; }

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

    [Input("insecureHttps", json: true)]
    public Input<bool>? InsecureHttps { get; set; }

    [Input("keyFile")]
    public Input<string>? KeyFile { get; set; }

    [Input("keyPem")]
    public Input<string>? KeyPem { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("scheme")]
    public Input<string>? Scheme { get; set; }

    [Input("token")]
    private Input<string>? _token;

    public Input<string>? Token
    {
        get => _token;
        set => _token = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}
