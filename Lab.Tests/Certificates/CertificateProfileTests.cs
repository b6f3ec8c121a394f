using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lab.Components.Components;
using Lab.Tests.Components;
using Lab.Tests.Support;

namespace Lab.Tests.Certificates;

/// <summary>
/// The certificates the program asks the tls provider for, made for real from the recorded inputs and checked with
/// openssl: the chain verifies, and each role's names and purposes are the ones its peers check.
/// </summary>
public class CertificateProfileTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("lab-certs-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Server_and_client_certificates_verify_against_the_root_for_their_names_and_both_purposes()
    {
        var (run, _) = await ComponentRun.StartAsync(run =>
            TestLab.Pool(run, TestLab.Cluster(run), clients: 1, new WorkloadSettings { NodeClass = "general" }));

        using var rootKey = TlsProfileForge.Key(run.InputsOf("ca-root-key"));
        var rootInputs = run.InputsOf("ca-root-cert");
        using var root = TlsProfileForge.SelfSigned(rootKey, rootInputs);
        var rootPath = Write("root.pem", root);

        var server = Leaf(run, "nomad-vb1", root, rootKey);
        var client = Leaf(run, "clients-vs0", root, rootKey);

        Assert.Multiple(() =>
        {
            Assert.That(OpenSsl($"verify -CAfile {rootPath} {rootPath}"), Does.EndWith(": OK\n"), "the root is a CA");
            foreach (var purpose in new[] { "sslserver", "sslclient" })
            {
                Assert.That(OpenSsl($"verify -CAfile {rootPath} -purpose {purpose} -verify_hostname server.global.nomad {server}"), Does.EndWith(": OK\n"), purpose);
                Assert.That(OpenSsl($"verify -CAfile {rootPath} -purpose {purpose} -verify_hostname server.dc1.consul {server}"), Does.EndWith(": OK\n"), purpose);
                Assert.That(OpenSsl($"verify -CAfile {rootPath} -purpose {purpose} -verify_ip 192.168.10.121 {server}"), Does.EndWith(": OK\n"), purpose);
                Assert.That(OpenSsl($"verify -CAfile {rootPath} -purpose {purpose} -verify_hostname client.global.nomad {client}"), Does.EndWith(": OK\n"), purpose);
                Assert.That(OpenSsl($"verify -CAfile {rootPath} -purpose {purpose} -verify_ip 127.0.0.1 {client}"), Does.EndWith(": OK\n"), purpose);
            }

            Assert.That(OpenSsl($"verify -CAfile {rootPath} -verify_hostname server.global.nomad {client}", expectFailure: true), Does.Contain("hostname mismatch"),
                "a client must not pass as a Nomad server");
            Assert.That(OpenSsl($"x509 -in {server} -noout -ext subjectAltName"), Does.Contain(
                "DNS:server.global.nomad, DNS:server.dc1.consul, DNS:vb1.dc1.consul, DNS:vb1.lab.example.com, DNS:localhost, IP Address:192.168.10.121, IP Address:127.0.0.1"));
        });
    }

    [Test]
    public async Task Leaf_certificates_renew_early_and_live_shorter_than_the_root()
    {
        var (run, _) = await ComponentRun.StartAsync(run => TestLab.Ca(run.Options).Issue("leaf", new Lab.Components.Certificates.LeafCertificateRequest
        {
            CommonName = "vb0.lab.example.com",
            DnsNames = ["vb0.lab.example.com"],
            IpAddresses = ["192.168.10.120"],
        }, new Pulumi.CustomResourceOptions()));
        var leaf = run.InputsOf("leaf-cert");

        Assert.That(leaf["validityPeriodHours"], Is.EqualTo(2160));
        Assert.That(leaf["earlyRenewalHours"], Is.EqualTo(720));
        Assert.That(run.InputsOf("ca-root-cert")["validityPeriodHours"], Is.EqualTo(87600));
    }

    private string Leaf(ComponentRun run, string name, X509Certificate2 root, ECDsa rootKey)
    {
        var (certificate, key) = TlsProfileForge.Signed(run.InputsOf($"{name}-key"), run.InputsOf($"{name}-csr"), run.InputsOf($"{name}-cert"), root, rootKey);
        using (certificate)
        using (key)
        {
            return Write($"{name}.pem", certificate);
        }
    }

    private string Write(string fileName, X509Certificate2 certificate)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n");
        return path;
    }

    private static string OpenSsl(string arguments, bool expectFailure = false)
    {
        var result = Processes.RunTool("openssl", arguments.Split(' '), "openssl");

        Assert.That(result.ExitCode == 0, Is.EqualTo(!expectFailure), $"openssl {arguments}\n{result.Describe()}");
        return result.StdOut + result.StdErr;
    }
}
