namespace Pulumi.ProxmoxVE;

[ProxmoxVEResourceType("pulumi:providers:proxmoxve")]
public partial class Provider : global::Pulumi.ProviderResource
{
    [Output("apiToken")]
    public Output<string?> ApiToken { get; private set; } = null!;

    [Output("authTicket")]
    public Output<string?> AuthTicket { get; private set; } = null!;

    [Output("csrfPreventionToken")]
    public Output<string?> CsrfPreventionToken { get; private set; } = null!;

    [Output("endpoint")]
    public Output<string?> Endpoint { get; private set; } = null!;

    [Output("minTls")]
    public Output<string?> MinTls { get; private set; } = null!;

    [Output("otp")]
    public Output<string?> Otp { get; private set; } = null!;

    [Output("password")]
    public Output<string?> Password { get; private set; } = null!;

    [Output("tmpDir")]
    public Output<string?> TmpDir { get; private set; } = null!;

    [Output("username")]
    public Output<string?> Username { get; private set; } = null!;

    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("proxmoxve", name, args ?? new ProviderArgs(), MakeOptions(options))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options)
    {
        var defaults = new CustomResourceOptions
        {
            Version = ProxmoxVEPackage.Version,
            AdditionalSecretOutputs = { "apiToken", "authTicket", "csrfPreventionToken", "password" },
        };
        return CustomResourceOptions.Merge(defaults, options);
    }
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("apiToken")]
    private Input<string>? _apiToken;

    public Input<string>? ApiToken
    {
        get => _apiToken;
        set => _apiToken = ProxmoxVEPackage.Secret(value);
    }

    [Input("authTicket")]
    private Input<string>? _authTicket;

    public Input<string>? AuthTicket
    {
        get => _authTicket;
        set => _authTicket = ProxmoxVEPackage.Secret(value);
    }

    [Input("csrfPreventionToken")]
    private Input<string>? _csrfPreventionToken;

    public Input<string>? CsrfPreventionToken
    {
        get => _csrfPreventionToken;
        set => _csrfPreventionToken = ProxmoxVEPackage.Secret(value);
    }

    [Input("endpoint")]
    public Input<string>? Endpoint { get; set; }

    [Input("insecure", json: true)]
    public Input<bool>? Insecure { get; set; }

    [Input("minTls")]
    public Input<string>? MinTls { get; set; }

    [Input("otp")]
    public Input<string>? Otp { get; set; }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = ProxmoxVEPackage.Secret(value);
    }

    [Input("randomVmIdEnd", json: true)]
    public Input<int>? RandomVmIdEnd { get; set; }

    [Input("randomVmIdStart", json: true)]
    public Input<int>? RandomVmIdStart { get; set; }

    [Input("randomVmIds", json: true)]
    public Input<bool>? RandomVmIds { get; set; }

    [Input("ssh", json: true)]
    public Input<Inputs.ProviderSshArgs>? Ssh { get; set; }

    [Input("tmpDir")]
    public Input<string>? TmpDir { get; set; }

    [Input("username")]
    public Input<string>? Username { get; set; }
}
