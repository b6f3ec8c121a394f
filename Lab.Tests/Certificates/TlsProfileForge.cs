using System.Collections.Immutable;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lab.Tests.Certificates;

/// <summary>
/// Does what the tls provider does with the inputs the program sends it, with real crypto: keys of the requested
/// algorithm, subjects, SANs, key usages and validity as the provider maps them
/// (https://registry.terraform.io/providers/hashicorp/tls/latest/docs/resources/locally_signed_cert#allowed_uses).
/// What it produces is then judged by openssl, so the certificate profile is proven, not only the inputs.
/// </summary>
internal static class TlsProfileForge
{
    public static X509Certificate2 SelfSigned(ECDsa key, ImmutableDictionary<string, object> certInputs)
    {
        var request = new CertificateRequest(Subject(certInputs), key, HashAlgorithmName.SHA384);
        var isCa = certInputs.GetValueOrDefault("isCaCertificate") is true;
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(isCa, false, 0, critical: true));
        AddUsages(request, certInputs);
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now, now.AddHours(Hours(certInputs)));
    }

    public static (X509Certificate2 Certificate, ECDsa Key) Signed(
        ImmutableDictionary<string, object> keyInputs,
        ImmutableDictionary<string, object> csrInputs,
        ImmutableDictionary<string, object> certInputs,
        X509Certificate2 issuer,
        ECDsa issuerKey)
    {
        var key = Key(keyInputs);
        var request = new CertificateRequest(Subject(csrInputs), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in Strings(csrInputs, "dnsNames"))
        {
            names.AddDnsName(dns);
        }

        foreach (var ip in Strings(csrInputs, "ipAddresses"))
        {
            names.AddIpAddress(IPAddress.Parse(ip));
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certInputs.GetValueOrDefault("isCaCertificate") is true, false, 0, critical: true));
        AddUsages(request, certInputs);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var signer = issuer.HasPrivateKey ? null : issuer.CopyWithPrivateKey(issuerKey);
        return (request.Create(signer ?? issuer, now, now.AddHours(Hours(certInputs)), serial), key);
    }

    public static ECDsa Key(ImmutableDictionary<string, object> keyInputs)
    {
        if (keyInputs["algorithm"] is not "ECDSA")
        {
            throw new NotSupportedException($"the forge makes ECDSA keys only, not {keyInputs["algorithm"]}");
        }

        return ECDsa.Create(keyInputs["ecdsaCurve"] switch
        {
            "P256" => ECCurve.NamedCurves.nistP256,
            "P384" => ECCurve.NamedCurves.nistP384,
            var other => throw new NotSupportedException($"curve {other}"),
        });
    }

    private static X500DistinguishedName Subject(ImmutableDictionary<string, object> inputs)
    {
        var subject = (ImmutableDictionary<string, object>)inputs["subject"];
        var builder = new X500DistinguishedNameBuilder();
        if (subject.GetValueOrDefault("organization") is string organization)
        {
            builder.AddOrganizationName(organization);
        }

        builder.AddCommonName((string)subject["commonName"]);
        return builder.Build();
    }

    private static void AddUsages(CertificateRequest request, ImmutableDictionary<string, object> inputs)
    {
        var uses = Strings(inputs, "allowedUses").ToList();
        var keyUsage = X509KeyUsageFlags.None;
        var extended = new OidCollection();
        foreach (var use in uses)
        {
            switch (use)
            {
                case "digital_signature": keyUsage |= X509KeyUsageFlags.DigitalSignature; break;
                case "key_encipherment": keyUsage |= X509KeyUsageFlags.KeyEncipherment; break;
                case "cert_signing": keyUsage |= X509KeyUsageFlags.KeyCertSign; break;
                case "crl_signing": keyUsage |= X509KeyUsageFlags.CrlSign; break;
                case "server_auth": extended.Add(new Oid("1.3.6.1.5.5.7.3.1")); break;
                case "client_auth": extended.Add(new Oid("1.3.6.1.5.5.7.3.2")); break;
                default: throw new NotSupportedException($"allowed use {use}");
            }
        }

        request.CertificateExtensions.Add(new X509KeyUsageExtension(keyUsage, critical: true));
        if (extended.Count > 0)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(extended, critical: false));
        }
    }

    private static double Hours(ImmutableDictionary<string, object> inputs) => Convert.ToDouble(inputs["validityPeriodHours"], System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Strings(ImmutableDictionary<string, object> inputs, string key) =>
        inputs.TryGetValue(key, out var value) ? ((ImmutableArray<object>)value).Cast<string>() : [];
}
