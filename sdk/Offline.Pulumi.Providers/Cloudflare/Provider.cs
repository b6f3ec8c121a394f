namespace Pulumi.Cloudflare;

[CloudflareResourceType("pulumi:providers:cloudflare")]
public partial class Provider : global::Pulumi.ProviderResource
{
    [Output("apiKey")]
    public Output<string?> ApiKey { get; private set; } = null!;

    [Output("apiToken")]
    public Output<string?> ApiToken { get; private set; } = null!;

    [Output("apiUserServiceKey")]
    public Output<string?> ApiUserServiceKey { get; private set; } = null!;

    [Output("baseUrl")]
    public Output<string?> BaseUrl { get; private set; } = null!;

    [Output("email")]
    public Output<string?> Email { get; private set; } = null!;

    [Output("userAgentOperatorSuffix")]
    public Output<string?> UserAgentOperatorSuffix { get; private set; } = null!;

    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("cloudflare", name, args ?? new ProviderArgs(), MakeOptions(options))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "6.17.0",
            // The credentials stay secret in state even when a program passes them in plain text.
            AdditionalSecretOutputs = { "apiKey", "apiToken", "apiUserServiceKey" },
        };
        return CustomResourceOptions.Merge(defaults, options);
    }
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("apiKey")]
    private Input<string>? _apiKey;

    public Input<string>? ApiKey
    {
        get => _apiKey;
        set => _apiKey = Secret(value);
    }

    [Input("apiToken")]
    private Input<string>? _apiToken;

    public Input<string>? ApiToken
    {
        get => _apiToken;
        set => _apiToken = Secret(value);
    }

    [Input("apiUserServiceKey")]
    private Input<string>? _apiUserServiceKey;

    public Input<string>? ApiUserServiceKey
    {
        get => _apiUserServiceKey;
        set => _apiUserServiceKey = Secret(value);
    }

    [Input("baseUrl")]
    public Input<string>? BaseUrl { get; set; }

    [Input("email")]
    public Input<string>? Email { get; set; }

    [Input("userAgentOperatorSuffix")]
    public Input<string>? UserAgentOperatorSuffix { get; set; }

    private static Input<string>? Secret(Input<string>? value) => value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
}
