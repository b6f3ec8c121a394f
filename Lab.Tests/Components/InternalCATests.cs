using Lab.Components.Certificates;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Utilities;
using static Lab.Tests.Components.ProxmoxNodeTests;

namespace Lab.Tests.Components;

public class InternalCATests
{
    private static readonly LeafCertificateRequest Request = new()
    {
        CommonName = "vb0.lab.example.com",
        DnsNames = ["server.global.nomad", "vb0.lab.example.com"],
        IpAddresses = ["192.168.10.120", "127.0.0.1"],
    };

    [Test]
    public async Task Issue_creates_a_key_a_csr_and_a_certificate_signed_by_the_root_under_the_callers_parent()
    {
        IssuedCertificate issued = null!;
        var (run, _) = await ComponentRun.StartAsync(run =>
        {
            var ca = TestLab.Ca(run.Options);
            issued = ca.Issue("leaf", Request, new CustomResourceOptions { Parent = ca });
            return ca;
        });

        Assert.Multiple(async () =>
        {
            Assert.That(run.TypesAndNames(), Is.EqualTo(new[]
            {
                ("homelab:index:InternalCA", "ca"),
                ("tls:index/privateKey:PrivateKey", "ca-root-key"),
                ("tls:index/selfSignedCert:SelfSignedCert", "ca-root-cert"),
                ("tls:index/privateKey:PrivateKey", "leaf-key"),
                ("tls:index/certRequest:CertRequest", "leaf-csr"),
                ("tls:index/locallySignedCert:LocallySignedCert", "leaf-cert"),
            }));
            Assert.That(run.Recorded.Skip(1).Select(r => r.ParentName), Is.All.EqualTo("ca"));
            Assert.That(Map(run.InputsOf("leaf-key")), Is.EquivalentTo(new Dictionary<string, object> { ["algorithm"] = "ECDSA", ["ecdsaCurve"] = "P256" }));
            var cert = run.InputsOf("leaf-cert");
            Assert.That(cert["caCertPem"], Is.EqualTo("fake-cert-of-ca-root-cert"));
            Assert.That(List(cert["allowedUses"]), Is.EqualTo(new[] { "digital_signature", "key_encipherment", "server_auth", "client_auth" }));
            Assert.That(await run.SecretInputsOfAsync("leaf-cert"), Does.Contain("caPrivateKeyPem"));
            Assert.That(await run.SecretInputsOfAsync("leaf-csr"), Does.Contain("privateKeyPem"));
            Assert.That(await Output.IsSecretAsync(issued.PrivateKeyPem), Is.True);
            Assert.That(await Output.IsSecretAsync(issued.CertPem), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(issued.PrivateKeyPem), Is.EqualTo(RecordingMocks.FakeSecret("leaf-key")));
        });
    }

    [Test]
    public void Issue_refuses_an_early_renewal_as_long_as_the_validity()
    {
        var error = Assert.ThrowsAsync<RunException>(() => ComponentRun.StartAsync(run =>
            TestLab.Ca(run.Options).Issue("leaf", Request with { ValidityHours = 720, EarlyRenewalHours = 720 })));

        Assert.That(error!.ToString(), Does.Contain("certificate 'leaf': early renewal (720 h) must be shorter than its validity (720 h), or every update re-issues it"));
    }
}
