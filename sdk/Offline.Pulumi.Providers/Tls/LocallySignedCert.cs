using System.Collections.Immutable;

namespace Pulumi.Tls;

[TlsResourceType("tls:index/locallySignedCert:LocallySignedCert")]
public partial class LocallySignedCert : global::Pulumi.CustomResource
{
    [Output("allowedUses")]
    public Output<ImmutableArray<string>> AllowedUses { get; private set; } = null!;

    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; } = null!;

    [Output("caKeyAlgorithm")]
    public Output<string> CaKeyAlgorithm { get; private set; } = null!;

    [Output("caPrivateKeyPem")]
    public Output<string> CaPrivateKeyPem { get; private set; } = null!;

    [Output("certPem")]
    public Output<string> CertPem { get; private set; } = null!;

    [Output("certRequestPem")]
    public Output<string> CertRequestPem { get; private set; } = null!;

    [Output("earlyRenewalHours")]
    public Output<int> EarlyRenewalHours { get; private set; } = null!;

    [Output("isCaCertificate")]
    public Output<bool> IsCaCertificate { get; private set; } = null!;

    [Output("maxPathLength")]
    public Output<int> MaxPathLength { get; private set; } = null!;

    [Output("readyForRenewal")]
    public Output<bool> ReadyForRenewal { get; private set; } = null!;

    [Output("setSubjectKeyId")]
    public Output<bool> SetSubjectKeyId { get; private set; } = null!;

    [Output("validityEndTime")]
    public Output<string> ValidityEndTime { get; private set; } = null!;

    [Output("validityPeriodHours")]
    public Output<int> ValidityPeriodHours { get; private set; } = null!;

    [Output("validityStartTime")]
    public Output<string> ValidityStartTime { get; private set; } = null!;

    public LocallySignedCert(string name, LocallySignedCertArgs args, CustomResourceOptions? options = null)
        : base("tls:index/locallySignedCert:LocallySignedCert", name, args ?? new LocallySignedCertArgs(), MakeOptions(options, ""))
    {
    }

    private LocallySignedCert(string name, Input<string> id, LocallySignedCertState? state = null, CustomResourceOptions? options = null)
        : base("tls:index/locallySignedCert:LocallySignedCert", name, state, MakeOptions(options, id))
    {
    }

    public static LocallySignedCert Get(string name, Input<string> id, LocallySignedCertState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "5.5.1",
            AdditionalSecretOutputs = { "caPrivateKeyPem" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class LocallySignedCertArgs : global::Pulumi.ResourceArgs
{
    [Input("allowedUses", required: true)]
    private InputList<string>? _allowedUses;

    public InputList<string> AllowedUses
    {
        get => _allowedUses ??= [];
        set => _allowedUses = value;
    }

    [Input("caCertPem", required: true)]
    public Input<string> CaCertPem { get; set; } = null!;

    [Input("caPrivateKeyPem", required: true)]
    private Input<string>? _caPrivateKeyPem;

    public Input<string>? CaPrivateKeyPem
    {
        get => _caPrivateKeyPem;
        set => _caPrivateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("certRequestPem", required: true)]
    public Input<string> CertRequestPem { get; set; } = null!;

    [Input("earlyRenewalHours")]
    public Input<int>? EarlyRenewalHours { get; set; }

    [Input("isCaCertificate")]
    public Input<bool>? IsCaCertificate { get; set; }

    [Input("maxPathLength")]
    public Input<int>? MaxPathLength { get; set; }

    [Input("setSubjectKeyId")]
    public Input<bool>? SetSubjectKeyId { get; set; }

    [Input("validityPeriodHours", required: true)]
    public Input<int> ValidityPeriodHours { get; set; } = null!;
}

public sealed class LocallySignedCertState : global::Pulumi.ResourceArgs
{
    [Input("allowedUses")]
    private InputList<string>? _allowedUses;

    public InputList<string> AllowedUses
    {
        get => _allowedUses ??= [];
        set => _allowedUses = value;
    }

    [Input("caCertPem")]
    public Input<string>? CaCertPem { get; set; }

    [Input("caKeyAlgorithm")]
    public Input<string>? CaKeyAlgorithm { get; set; }

    [Input("caPrivateKeyPem")]
    private Input<string>? _caPrivateKeyPem;

    public Input<string>? CaPrivateKeyPem
    {
        get => _caPrivateKeyPem;
        set => _caPrivateKeyPem = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("certPem")]
    public Input<string>? CertPem { get; set; }

    [Input("certRequestPem")]
    public Input<string>? CertRequestPem { get; set; }

    [Input("earlyRenewalHours")]
    public Input<int>? EarlyRenewalHours { get; set; }

    [Input("isCaCertificate")]
    public Input<bool>? IsCaCertificate { get; set; }

    [Input("maxPathLength")]
    public Input<int>? MaxPathLength { get; set; }

    [Input("readyForRenewal")]
    public Input<bool>? ReadyForRenewal { get; set; }

    [Input("setSubjectKeyId")]
    public Input<bool>? SetSubjectKeyId { get; set; }

    [Input("validityEndTime")]
    public Input<string>? ValidityEndTime { get; set; }

    [Input("validityPeriodHours")]
    public Input<int>? ValidityPeriodHours { get; set; }

    [Input("validityStartTime")]
    public Input<string>? ValidityStartTime { get; set; }
}
