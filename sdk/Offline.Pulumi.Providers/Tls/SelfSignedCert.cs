using System.Collections.Immutable;

namespace Pulumi.Tls;

[TlsResourceType("tls:index/selfSignedCert:SelfSignedCert")]
public partial class SelfSignedCert : global::Pulumi.CustomResource
{
    [Output("allowedUses")]
    public Output<ImmutableArray<string>> AllowedUses { get; private set; } = null!;

    [Output("certPem")]
    public Output<string> CertPem { get; private set; } = null!;

    [Output("dnsNames")]
    public Output<ImmutableArray<string>> DnsNames { get; private set; } = null!;

    [Output("earlyRenewalHours")]
    public Output<int> EarlyRenewalHours { get; private set; } = null!;

    [Output("ipAddresses")]
    public Output<ImmutableArray<string>> IpAddresses { get; private set; } = null!;

    [Output("isCaCertificate")]
    public Output<bool> IsCaCertificate { get; private set; } = null!;

    [Output("keyAlgorithm")]
    public Output<string> KeyAlgorithm { get; private set; } = null!;

    [Output("maxPathLength")]
    public Output<int> MaxPathLength { get; private set; } = null!;

    [Output("privateKeyPem")]
    public Output<string> PrivateKeyPem { get; private set; } = null!;

    [Output("readyForRenewal")]
    public Output<bool> ReadyForRenewal { get; private set; } = null!;

    [Output("setAuthorityKeyId")]
    public Output<bool> SetAuthorityKeyId { get; private set; } = null!;

    [Output("setSubjectKeyId")]
    public Output<bool> SetSubjectKeyId { get; private set; } = null!;

    [Output("subject")]
    public Output<Outputs.SelfSignedCertSubject?> Subject { get; private set; } = null!;

    [Output("uris")]
    public Output<ImmutableArray<string>> Uris { get; private set; } = null!;

    [Output("validityEndTime")]
    public Output<string> ValidityEndTime { get; private set; } = null!;

    [Output("validityPeriodHours")]
    public Output<int> ValidityPeriodHours { get; private set; } = null!;

    [Output("validityStartTime")]
    public Output<string> ValidityStartTime { get; private set; } = null!;

    public SelfSignedCert(string name, SelfSignedCertArgs args, CustomResourceOptions? options = null)
        : base("tls:index/selfSignedCert:SelfSignedCert", name, args ?? new SelfSignedCertArgs(), MakeOptions(options, ""))
    {
    }

    private SelfSignedCert(string name, Input<string> id, SelfSignedCertState? state = null, CustomResourceOptions? options = null)
        : base("tls:index/selfSignedCert:SelfSignedCert", name, state, MakeOptions(options, id))
    {
    }

    public static SelfSignedCert Get(string name, Input<string> id, SelfSignedCertState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class SelfSignedCertArgs : global::Pulumi.ResourceArgs
{
    [Input("allowedUses", required: true)]
    private InputList<string>? _allowedUses;

    public InputList<string> AllowedUses
    {
        get => _allowedUses ??= [];
        set => _allowedUses = value;
    }

    [Input("dnsNames")]
    private InputList<string>? _dnsNames;

    public InputList<string> DnsNames
    {
        get => _dnsNames ??= [];
        set => _dnsNames = value;
    }

    [Input("earlyRenewalHours")]
    public Input<int>? EarlyRenewalHours { get; set; }

    [Input("ipAddresses")]
    private InputList<string>? _ipAddresses;

    public InputList<string> IpAddresses
    {
        get => _ipAddresses ??= [];
        set => _ipAddresses = value;
    }

    [Input("isCaCertificate")]
    public Input<bool>? IsCaCertificate { get; set; }

    [Input("maxPathLength")]
    public Input<int>? MaxPathLength { get; set; }

    [Input("privateKeyPem", required: true)]
    private Input<string>? _privateKeyPem;

    public Input<string>? PrivateKeyPem
    {
        get => _privateKeyPem;
        set => _privateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("setAuthorityKeyId")]
    public Input<bool>? SetAuthorityKeyId { get; set; }

    [Input("setSubjectKeyId")]
    public Input<bool>? SetSubjectKeyId { get; set; }

    [Input("subject")]
    public Input<Inputs.SelfSignedCertSubjectArgs>? Subject { get; set; }

    [Input("uris")]
    private InputList<string>? _uris;

    public InputList<string> Uris
    {
        get => _uris ??= [];
        set => _uris = value;
    }

    [Input("validityPeriodHours", required: true)]
    public Input<int> ValidityPeriodHours { get; set; } = null!;
}

public sealed class SelfSignedCertState : global::Pulumi.ResourceArgs
{
    [Input("allowedUses")]
    private InputList<string>? _allowedUses;

    public InputList<string> AllowedUses
    {
        get => _allowedUses ??= [];
        set => _allowedUses = value;
    }

    [Input("certPem")]
    public Input<string>? CertPem { get; set; }

    [Input("dnsNames")]
    private InputList<string>? _dnsNames;

    public InputList<string> DnsNames
    {
        get => _dnsNames ??= [];
        set => _dnsNames = value;
    }

    [Input("earlyRenewalHours")]
    public Input<int>? EarlyRenewalHours { get; set; }

    [Input("ipAddresses")]
    private InputList<string>? _ipAddresses;

    public InputList<string> IpAddresses
    {
        get => _ipAddresses ??= [];
        set => _ipAddresses = value;
    }

    [Input("isCaCertificate")]
    public Input<bool>? IsCaCertificate { get; set; }

    [Input("keyAlgorithm")]
    public Input<string>? KeyAlgorithm { get; set; }

    [Input("maxPathLength")]
    public Input<int>? MaxPathLength { get; set; }

    [Input("privateKeyPem")]
    private Input<string>? _privateKeyPem;

    public Input<string>? PrivateKeyPem
    {
        get => _privateKeyPem;
        set => _privateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("readyForRenewal")]
    public Input<bool>? ReadyForRenewal { get; set; }

    [Input("setAuthorityKeyId")]
    public Input<bool>? SetAuthorityKeyId { get; set; }

    [Input("setSubjectKeyId")]
    public Input<bool>? SetSubjectKeyId { get; set; }

    [Input("subject")]
    public Input<Inputs.SelfSignedCertSubjectGetArgs>? Subject { get; set; }

    [Input("uris")]
    private InputList<string>? _uris;

    public InputList<string> Uris
    {
        get => _uris ??= [];
        set => _uris = value;
    }

    [Input("validityEndTime")]
    public Input<string>? ValidityEndTime { get; set; }

    [Input("validityPeriodHours")]
    public Input<int>? ValidityPeriodHours { get; set; }

    [Input("validityStartTime")]
    public Input<string>? ValidityStartTime { get; set; }
}
