using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Tls;
using Pulumi.Tls.Inputs;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

public sealed class TlsTests
{
    private const string PrivateKeyType = "tls:index/privateKey:PrivateKey";
    private const string SelfSignedCertType = "tls:index/selfSignedCert:SelfSignedCert";
    private const string CertRequestType = "tls:index/certRequest:CertRequest";
    private const string LocallySignedCertType = "tls:index/locallySignedCert:LocallySignedCert";

    [Test]
    public async Task PrivateKey_registers_with_its_token_and_marks_pem_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[PrivateKeyType] = _ => new Dictionary<string, object>
        {
            ["privateKeyPem"] = "-----BEGIN RSA PRIVATE KEY-----",
            ["privateKeyOpenssh"] = "-----BEGIN OPENSSH PRIVATE KEY-----",
            ["privateKeyPemPkcs8"] = "-----BEGIN PRIVATE KEY-----",
            ["publicKeyOpenssh"] = "ssh-rsa AAAAB3",
        };

        var key = await DeployAsync(mocks, () => new PrivateKey("ca-key", new PrivateKeyArgs
        {
            Algorithm = "RSA",
            RsaBits = 4096,
        }));

        var registered = mocks.Single(PrivateKeyType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Name, Is.EqualTo("ca-key"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["algorithm"] = "RSA",
                ["rsaBits"] = 4096.0,
            }));
            Assert.That(registered.Inputs["rsaBits"], Is.TypeOf<double>());
            Assert.That(await OutputUtilities.GetValueAsync(key.Algorithm), Is.EqualTo("RSA"));
            Assert.That(await OutputUtilities.GetValueAsync(key.RsaBits), Is.EqualTo(4096));
            Assert.That(await OutputUtilities.GetValueAsync(key.PrivateKeyPem), Is.EqualTo("-----BEGIN RSA PRIVATE KEY-----"));
            Assert.That(await OutputUtilities.GetValueAsync(key.PublicKeyOpenssh), Is.EqualTo("ssh-rsa AAAAB3"));
            Assert.That(await Output.IsSecretAsync(key.PrivateKeyPem), Is.True);
            Assert.That(await Output.IsSecretAsync(key.PrivateKeyOpenssh), Is.True);
            Assert.That(await Output.IsSecretAsync(key.PrivateKeyPemPkcs8), Is.True);
            Assert.That(await Output.IsSecretAsync(key.PublicKeyOpenssh), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(key.Id), Is.EqualTo("ca-key_id"));
        }
    }

    [Test]
    public async Task PrivateKey_Get_reads_an_existing_key_by_id()
    {
        var mocks = new RecordingMocks();

        var key = await DeployAsync(mocks, () => PrivateKey.Get("imported", "key-123", new PrivateKeyState { Algorithm = "ED25519" }));

        var registered = mocks.Single(PrivateKeyType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Id, Is.EqualTo("key-123"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object> { ["algorithm"] = "ED25519" }));
            Assert.That(await OutputUtilities.GetValueAsync(key.Id), Is.EqualTo("key-123"));
            Assert.That(await OutputUtilities.GetValueAsync(key.Algorithm), Is.EqualTo("ED25519"));
        }
    }

    [Test]
    public async Task SelfSignedCert_sends_its_subject_and_lists_and_reads_them_back()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[SelfSignedCertType] = _ => new Dictionary<string, object>
        {
            ["certPem"] = "-----BEGIN CERTIFICATE-----",
            ["keyAlgorithm"] = "ECDSA",
        };

        var cert = await DeployAsync(mocks, () => new SelfSignedCert("lab-ca", new SelfSignedCertArgs
        {
            PrivateKeyPem = "-----BEGIN EC PRIVATE KEY-----",
            ValidityPeriodHours = 87600,
            IsCaCertificate = true,
            AllowedUses = { "cert_signing", "crl_signing" },
            DnsNames = { "ca.lab.internal" },
            Subject = new SelfSignedCertSubjectArgs
            {
                CommonName = "Home Lab CA",
                Organization = "Home Lab",
                StreetAddresses = { "1 Rack Way" },
            },
        }));

        var registered = mocks.Single(SelfSignedCertType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["privateKeyPem"] = "-----BEGIN EC PRIVATE KEY-----",
                ["validityPeriodHours"] = 87600.0,
                ["isCaCertificate"] = true,
                ["allowedUses"] = new object[] { "cert_signing", "crl_signing" },
                ["dnsNames"] = new object[] { "ca.lab.internal" },
                ["subject"] = new Dictionary<string, object>
                {
                    ["commonName"] = "Home Lab CA",
                    ["organization"] = "Home Lab",
                    ["streetAddresses"] = new object[] { "1 Rack Way" },
                },
            }));
            Assert.That(registered.Inputs["allowedUses"], Is.TypeOf<ImmutableArray<object>>());
            Assert.That(registered.Inputs["subject"], Is.TypeOf<ImmutableDictionary<string, object>>());
            Assert.That(await OutputUtilities.GetValueAsync(cert.CertPem), Is.EqualTo("-----BEGIN CERTIFICATE-----"));
            Assert.That(await OutputUtilities.GetValueAsync(cert.AllowedUses), Is.EqualTo(new[] { "cert_signing", "crl_signing" }));
            Assert.That(await OutputUtilities.GetValueAsync(cert.ValidityPeriodHours), Is.EqualTo(87600));
            Assert.That(await OutputUtilities.GetValueAsync(cert.IsCaCertificate), Is.True);
            Assert.That(await Output.IsSecretAsync(cert.PrivateKeyPem), Is.True);
        }
        var subject = await OutputUtilities.GetValueAsync(cert.Subject);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(subject, Is.Not.Null);
            Assert.That(subject!.CommonName, Is.EqualTo("Home Lab CA"));
            Assert.That(subject.Organization, Is.EqualTo("Home Lab"));
            Assert.That(subject.StreetAddresses, Is.EqualTo(new[] { "1 Rack Way" }));
            Assert.That(subject.Country, Is.Null);
        }
    }

    [Test]
    public async Task CertRequest_keeps_its_private_key_secret_and_maps_its_subject()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[CertRequestType] = _ => new Dictionary<string, object> { ["certRequestPem"] = "-----BEGIN CERTIFICATE REQUEST-----" };

        var request = await DeployAsync(mocks, () => new CertRequest("traefik", new CertRequestArgs
        {
            PrivateKeyPem = Output.CreateSecret("-----BEGIN EC PRIVATE KEY-----"),
            DnsNames = { "traefik.lab.internal", "*.lab.internal" },
            IpAddresses = { "10.0.0.10" },
            Subject = new CertRequestSubjectArgs { CommonName = "traefik.lab.internal", Country = "DE" },
        }));

        var registered = mocks.Single(CertRequestType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["privateKeyPem"] = "-----BEGIN EC PRIVATE KEY-----",
                ["dnsNames"] = new object[] { "traefik.lab.internal", "*.lab.internal" },
                ["ipAddresses"] = new object[] { "10.0.0.10" },
                ["subject"] = new Dictionary<string, object>
                {
                    ["commonName"] = "traefik.lab.internal",
                    ["country"] = "DE",
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(request.CertRequestPem), Is.EqualTo("-----BEGIN CERTIFICATE REQUEST-----"));
            Assert.That(await OutputUtilities.GetValueAsync(request.IpAddresses), Is.EqualTo(new[] { "10.0.0.10" }));
            Assert.That(await OutputUtilities.GetValueAsync(request.PrivateKeyPem), Is.EqualTo("-----BEGIN EC PRIVATE KEY-----"));
            Assert.That(await Output.IsSecretAsync(request.PrivateKeyPem), Is.True);
            Assert.That(await Output.IsSecretAsync(request.CertRequestPem), Is.False);
        }
        var subject = await OutputUtilities.GetValueAsync(request.Subject);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(subject, Is.Not.Null);
            Assert.That(subject!.CommonName, Is.EqualTo("traefik.lab.internal"));
            Assert.That(subject.Country, Is.EqualTo("DE"));
            Assert.That(subject.Organization, Is.Null);
        }
    }

    [Test]
    public async Task LocallySignedCert_sends_the_ca_key_unwrapped_and_returns_it_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[LocallySignedCertType] = _ => new Dictionary<string, object>
        {
            ["certPem"] = "-----BEGIN CERTIFICATE----- leaf",
            ["validityEndTime"] = "2026-01-01T00:00:00Z",
            ["readyForRenewal"] = false,
        };

        var cert = await DeployAsync(mocks, () => new LocallySignedCert("traefik", new LocallySignedCertArgs
        {
            CertRequestPem = "-----BEGIN CERTIFICATE REQUEST-----",
            CaCertPem = "-----BEGIN CERTIFICATE----- ca",
            CaPrivateKeyPem = "-----BEGIN EC PRIVATE KEY----- ca",
            ValidityPeriodHours = 8760,
            EarlyRenewalHours = 720,
            AllowedUses = { "digital_signature", "server_auth" },
        }));

        var registered = mocks.Single(LocallySignedCertType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["certRequestPem"] = "-----BEGIN CERTIFICATE REQUEST-----",
                ["caCertPem"] = "-----BEGIN CERTIFICATE----- ca",
                ["caPrivateKeyPem"] = "-----BEGIN EC PRIVATE KEY----- ca",
                ["validityPeriodHours"] = 8760.0,
                ["earlyRenewalHours"] = 720.0,
                ["allowedUses"] = new object[] { "digital_signature", "server_auth" },
            }));
            Assert.That(registered.Inputs["earlyRenewalHours"], Is.TypeOf<double>());
            Assert.That(await OutputUtilities.GetValueAsync(cert.CertPem), Is.EqualTo("-----BEGIN CERTIFICATE----- leaf"));
            Assert.That(await OutputUtilities.GetValueAsync(cert.ValidityEndTime), Is.EqualTo("2026-01-01T00:00:00Z"));
            Assert.That(await OutputUtilities.GetValueAsync(cert.EarlyRenewalHours), Is.EqualTo(720));
            Assert.That(await OutputUtilities.GetValueAsync(cert.ReadyForRenewal), Is.False);
            Assert.That(await Output.IsSecretAsync(cert.CaPrivateKeyPem), Is.True);
            Assert.That(await Output.IsSecretAsync(cert.CertPem), Is.False);
        }
    }

    private static async Task<T> DeployAsync<T>(RecordingMocks mocks, Func<T> create)
        where T : Resource
    {
        T? created = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => { created = create(); });
        return created!;
    }
}
