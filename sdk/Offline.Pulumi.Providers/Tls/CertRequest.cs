using System.Collections.Immutable;

namespace Pulumi.Tls;

[TlsResourceType("tls:index/certRequest:CertRequest")]
public partial class CertRequest : global::Pulumi.CustomResource
{
    [Output("certRequestPem")]
    public Output<string> CertRequestPem { get; private set; } = null!;

    [Output("dnsNames")]
    public Output<ImmutableArray<string>> DnsNames { get; private set; } = null!;

    [Output("ipAddresses")]
    public Output<ImmutableArray<string>> IpAddresses { get; private set; } = null!;

    [Output("keyAlgorithm")]
    public Output<string> KeyAlgorithm { get; private set; } = null!;

    [Output("privateKeyPem")]
    public Output<string> PrivateKeyPem { get; private set; } = null!;

    [Output("subject")]
    public Output<Outputs.CertRequestSubject?> Subject { get; private set; } = null!;

    [Output("uris")]
    public Output<ImmutableArray<string>> Uris { get; private set; } = null!;

    public CertRequest(string name, CertRequestArgs args, CustomResourceOptions? options = null)
        : base("tls:index/certRequest:CertRequest", name, args ?? new CertRequestArgs(), MakeOptions(options, ""))
    {
    }

    private CertRequest(string name, Input<string> id, CertRequestState? state = null, CustomResourceOptions? options = null)
        : base("tls:index/certRequest:CertRequest", name, state, MakeOptions(options, id))
    {
    }

    public static CertRequest Get(string name, Input<string> id, CertRequestState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "5.5.1",
            AdditionalSecretOutputs = { "privateKeyPem" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class CertRequestArgs : global::Pulumi.ResourceArgs
{
    [Input("dnsNames")]
    private InputList<string>? _dnsNames;

    public InputList<string> DnsNames
    {
        get => _dnsNames ??= [];
        set => _dnsNames = value;
    }

    [Input("ipAddresses")]
    private InputList<string>? _ipAddresses;

    public InputList<string> IpAddresses
    {
        get => _ipAddresses ??= [];
        set => _ipAddresses = value;
    }

    [Input("privateKeyPem", required: true)]
    private Input<string>? _privateKeyPem;

    public Input<string>? PrivateKeyPem
    {
        get => _privateKeyPem;
        set => _privateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("subject")]
    public Input<Inputs.CertRequestSubjectArgs>? Subject { get; set; }

    [Input("uris")]
    private InputList<string>? _uris;

    public InputList<string> Uris
    {
        get => _uris ??= [];
        set => _uris = value;
    }
}

public sealed class CertRequestState : global::Pulumi.ResourceArgs
{
    [Input("certRequestPem")]
    public Input<string>? CertRequestPem { get; set; }

    [Input("dnsNames")]
    private InputList<string>? _dnsNames;

    public InputList<string> DnsNames
    {
        get => _dnsNames ??= [];
        set => _dnsNames = value;
    }

    [Input("ipAddresses")]
    private InputList<string>? _ipAddresses;

    public InputList<string> IpAddresses
    {
        get => _ipAddresses ??= [];
        set => _ipAddresses = value;
    }

    [Input("keyAlgorithm")]
    public Input<string>? KeyAlgorithm { get; set; }

    [Input("privateKeyPem")]
    private Input<string>? _privateKeyPem;

    public Input<string>? PrivateKeyPem
    {
        get => _privateKeyPem;
        set => _privateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("subject")]
    public Input<Inputs.CertRequestSubjectGetArgs>? Subject { get; set; }

    [Input("uris")]
    private InputList<string>? _uris;

    public InputList<string> Uris
    {
        get => _uris ??= [];
        set => _uris = value;
    }
}
