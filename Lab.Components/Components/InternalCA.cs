using Lab.Components.Certificates;
using Pulumi;
using Pulumi.Tls;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="InternalCA"/>.</summary>
public sealed record InternalCAArgs
{
    /// <summary>Common name of the root certificate, e.g. "homelab root CA".</summary>
    public required string CommonName { get; init; }

    /// <summary>Organization written into the root's subject.</summary>
    public required string Organization { get; init; }

    /// <summary>How long the root is valid. Ten years: rotating a root means re-issuing every leaf.</summary>
    public int ValidityHours { get; init; } = 10 * 365 * 24;
}

/// <summary>
/// The lab's own certificate authority: an ECDSA P-384 root key and a self-signed CA certificate that every
/// TLS certificate in the lab chains to. The key never leaves Pulumi state and is secret there.
/// </summary>
public sealed class InternalCA : ComponentResource
{
    private const string Type = "homelab:index:InternalCA";

    public InternalCA(string name, InternalCAArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.CommonName);

        var key = new PrivateKey($"{name}-root-key", new PrivateKeyArgs
        {
            Algorithm = "ECDSA",
            EcdsaCurve = "P384",
        }, new CustomResourceOptions { Parent = this });

        var cert = new SelfSignedCert($"{name}-root-cert", new SelfSignedCertArgs
        {
            PrivateKeyPem = key.PrivateKeyPem,
            IsCaCertificate = true,
            ValidityPeriodHours = args.ValidityHours,
            AllowedUses = { "cert_signing", "crl_signing", "digital_signature" },
            Subject = new Pulumi.Tls.Inputs.SelfSignedCertSubjectArgs
            {
                CommonName = args.CommonName,
                Organization = args.Organization,
            },
        }, new CustomResourceOptions { Parent = this });

        _organization = args.Organization;
        CertPem = cert.CertPem;
        PrivateKeyPem = Output.CreateSecret(key.PrivateKeyPem);
        RegisterOutputs();
    }

    private readonly string _organization;

    /// <summary>The root certificate (PEM) that clients trust.</summary>
    [Output("certPem")]
    public Output<string> CertPem { get; private set; }

    /// <summary>The root private key (PEM), secret; used only to sign the lab's leaf certificates.</summary>
    [Output("privateKeyPem")]
    public Output<string> PrivateKeyPem { get; private set; }

    /// <summary>
    /// Issues a leaf certificate for TLS servers that are also TLS clients (every agent verifies both ways): an ECDSA
    /// P-256 key, a CSR and a certificate signed by this CA, renewed early. The three resources are named
    /// <c>&lt;name&gt;-key</c>, <c>-csr</c> and <c>-cert</c> and take <paramref name="options"/>, so the caller
    /// parents them to itself.
    /// </summary>
    public IssuedCertificate Issue(string name, LeafCertificateRequest request, CustomResourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(request);
        if (request.EarlyRenewalHours >= request.ValidityHours)
        {
            throw new ResourceException(
                $"certificate '{name}': early renewal ({request.EarlyRenewalHours} h) must be shorter than its validity ({request.ValidityHours} h), or every update re-issues it",
                this,
                hideStack: true);
        }

        var key = new PrivateKey($"{name}-key", new PrivateKeyArgs
        {
            Algorithm = "ECDSA",
            EcdsaCurve = "P256",
        }, options);

        var csr = new CertRequest($"{name}-csr", new CertRequestArgs
        {
            PrivateKeyPem = key.PrivateKeyPem,
            DnsNames = request.DnsNames.ToList(),
            IpAddresses = request.IpAddresses.ToList(),
            Subject = new Pulumi.Tls.Inputs.CertRequestSubjectArgs
            {
                CommonName = request.CommonName,
                Organization = _organization,
            },
        }, options);

        var cert = new LocallySignedCert($"{name}-cert", new LocallySignedCertArgs
        {
            CertRequestPem = csr.CertRequestPem,
            CaCertPem = CertPem,
            CaPrivateKeyPem = PrivateKeyPem,
            ValidityPeriodHours = request.ValidityHours,
            EarlyRenewalHours = request.EarlyRenewalHours,
            AllowedUses = { "digital_signature", "key_encipherment", "server_auth", "client_auth" },
        }, options);

        return new IssuedCertificate(cert.CertPem, Output.CreateSecret(key.PrivateKeyPem), CertPem);
    }
}
