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

        CertPem = cert.CertPem;
        PrivateKeyPem = Output.CreateSecret(key.PrivateKeyPem);
        RegisterOutputs();
    }

    /// <summary>The root certificate (PEM) that clients trust.</summary>
    [Output("certPem")]
    public Output<string> CertPem { get; private set; }

    /// <summary>The root private key (PEM), secret; used only to sign the lab's leaf certificates.</summary>
    [Output("privateKeyPem")]
    public Output<string> PrivateKeyPem { get; private set; }
}
