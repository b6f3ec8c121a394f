using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Lab.Tests.Support;

/// <summary>
/// A throwaway CA with the internal CA's profile (ECDSA P-384 root, ECDSA P-256 leaves for server and client auth,
/// DNS and IP SANs), for the live tests' TLS frontends and stand-in backends.
/// </summary>
public sealed class TestPki : IDisposable
{
    private readonly ECDsa _rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);

    public TestPki(string commonName)
    {
        var request = new CertificateRequest($"CN={commonName}, O=homelab tests", _rootKey, HashAlgorithmName.SHA384);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        Root = request.CreateSelfSigned(now, now.AddDays(30));
    }

    /// <summary>The root certificate.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The root as PEM.</summary>
    public string RootPem => Root.ExportCertificatePem() + "\n";

    /// <summary>A leaf for <paramref name="dnsNames"/> (the first is the CN) and <paramref name="ipAddresses"/>, with its key.</summary>
    public X509Certificate2 Issue(IReadOnlyList<string> dnsNames, IReadOnlyList<string>? ipAddresses = null)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={dnsNames[0]}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }
        foreach (var ip in ipAddresses ?? [])
        {
            names.AddIpAddress(IPAddress.Parse(ip));
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var certificate = request.Create(Root, now, now.AddDays(7), serial);
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>What HAProxy's <c>crt</c> reads: the leaf, the chain up to the root, and the key, in one PEM file.</summary>
    public string HaproxyPem(X509Certificate2 leaf) =>
        leaf.ExportCertificatePem() + "\n" + RootPem + leaf.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem() + "\n";

    public void Dispose()
    {
        Root.Dispose();
        _rootKey.Dispose();
    }
}
