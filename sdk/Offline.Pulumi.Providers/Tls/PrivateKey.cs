namespace Pulumi.Tls;

[TlsResourceType("tls:index/privateKey:PrivateKey")]
public partial class PrivateKey : global::Pulumi.CustomResource
{
    [Output("algorithm")]
    public Output<string> Algorithm { get; private set; } = null!;

    [Output("ecdsaCurve")]
    public Output<string> EcdsaCurve { get; private set; } = null!;

    [Output("privateKeyOpenssh")]
    public Output<string> PrivateKeyOpenssh { get; private set; } = null!;

    [Output("privateKeyPem")]
    public Output<string> PrivateKeyPem { get; private set; } = null!;

    [Output("privateKeyPemPkcs8")]
    public Output<string> PrivateKeyPemPkcs8 { get; private set; } = null!;

    [Output("publicKeyFingerprintMd5")]
    public Output<string> PublicKeyFingerprintMd5 { get; private set; } = null!;

    [Output("publicKeyFingerprintSha256")]
    public Output<string> PublicKeyFingerprintSha256 { get; private set; } = null!;

    [Output("publicKeyOpenssh")]
    public Output<string> PublicKeyOpenssh { get; private set; } = null!;

    [Output("publicKeyPem")]
    public Output<string> PublicKeyPem { get; private set; } = null!;

    [Output("rsaBits")]
    public Output<int> RsaBits { get; private set; } = null!;

    public PrivateKey(string name, PrivateKeyArgs args, CustomResourceOptions? options = null)
        : base("tls:index/privateKey:PrivateKey", name, args ?? new PrivateKeyArgs(), MakeOptions(options, ""))
    {
    }

    private PrivateKey(string name, Input<string> id, PrivateKeyState? state = null, CustomResourceOptions? options = null)
        : base("tls:index/privateKey:PrivateKey", name, state, MakeOptions(options, id))
    {
    }

    public static PrivateKey Get(string name, Input<string> id, PrivateKeyState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "5.5.1",
            AdditionalSecretOutputs = { "privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class PrivateKeyArgs : global::Pulumi.ResourceArgs
{
    [Input("algorithm", required: true)]
    public Input<string> Algorithm { get; set; } = null!;

    [Input("ecdsaCurve")]
    public Input<string>? EcdsaCurve { get; set; }

    [Input("rsaBits")]
    public Input<int>? RsaBits { get; set; }
}

public sealed class PrivateKeyState : global::Pulumi.ResourceArgs
{
    [Input("algorithm")]
    public Input<string>? Algorithm { get; set; }

    [Input("ecdsaCurve")]
    public Input<string>? EcdsaCurve { get; set; }

    [Input("privateKeyOpenssh")]
    private Input<string>? _privateKeyOpenssh;

    public Input<string>? PrivateKeyOpenssh
    {
        get => _privateKeyOpenssh;
        set => _privateKeyOpenssh = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("privateKeyPem")]
    private Input<string>? _privateKeyPem;

    public Input<string>? PrivateKeyPem
    {
        get => _privateKeyPem;
        set => _privateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("privateKeyPemPkcs8")]
    private Input<string>? _privateKeyPemPkcs8;

    public Input<string>? PrivateKeyPemPkcs8
    {
        get => _privateKeyPemPkcs8;
        set => _privateKeyPemPkcs8 = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("publicKeyFingerprintMd5")]
    public Input<string>? PublicKeyFingerprintMd5 { get; set; }

    [Input("publicKeyFingerprintSha256")]
    public Input<string>? PublicKeyFingerprintSha256 { get; set; }

    [Input("publicKeyOpenssh")]
    public Input<string>? PublicKeyOpenssh { get; set; }

    [Input("publicKeyPem")]
    public Input<string>? PublicKeyPem { get; set; }

    [Input("rsaBits")]
    public Input<int>? RsaBits { get; set; }
}
