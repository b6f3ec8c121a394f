using Lab.Components.Components;
using Lab.Tests.Edge;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Command.Remote.Inputs;

namespace Lab.Tests.Components;

[TestFixture]
public sealed class EdgeBalancerTests
{
    private static readonly ConnectionArgs Connection = new() { Host = "192.168.10.80", User = "pi", PrivateKey = Output.CreateSecret(TestLab.SshPrivateKey) };

    private static Task<(ComponentRun Run, EdgeBalancer Edge)> CreateAsync(bool letsEncrypt) =>
        ComponentRun.StartAsync(run =>
        {
            var ca = new InternalCA("lab-ca", new InternalCAArgs { CommonName = "lab root", Organization = "lab.example.com" });
            return new EdgeBalancer("edge", new EdgeBalancerArgs
            {
                Site = EdgeFixtures.Site,
                PublicHostnames = ["fabio.lab.example.com", "echo.lab.example.com"],
                Connection = Connection,
                Ca = ca,
                LetsEncrypt = !letsEncrypt ? null : new LetsEncryptSettings { Email = "admin@example.com", CloudflareToken = Output.CreateSecret("cf_scoped_token_0123456789abcdef") },
            }, run.Options);
        });

    [Test]
    public async Task With_lets_encrypt_the_edge_has_a_password_an_origin_certificate_certbot_and_the_haproxy_push()
    {
        var (run, edge) = await CreateAsync(letsEncrypt: true);

        Assert.That(run.TypesAndNames(), Is.EqualTo(new[]
        {
            ("homelab:index:EdgeBalancer", "edge"),
            ("random:index/randomPassword:RandomPassword", "edge-stats-password"),
            ("tls:index/privateKey:PrivateKey", "edge-origin-key"),
            ("tls:index/certRequest:CertRequest", "edge-origin-csr"),
            ("tls:index/locallySignedCert:LocallySignedCert", "edge-origin-cert"),
            ("command:remote:Command", "edge-certbot"),
            ("command:remote:Command", "edge-haproxy"),
        }));
        Assert.That(run.Recorded.Skip(1).Select(r => r.ParentName), Is.All.EqualTo("edge"));
        Assert.That(await run.DependenciesOfAsync("edge-haproxy"), Does.Contain("edge-certbot"));
        Assert.That(await run.SecretInputsOfAsync("edge-haproxy"), Does.Contain("stdin"));
        Assert.That(await run.SecretInputsOfAsync("edge-certbot"), Does.Contain("stdin"));
        Assert.That(await Output.IsSecretAsync(edge.StatsPassword), Is.True);
        Assert.That(await Pulumi.Utilities.OutputUtilities.GetValueAsync(edge.PublicHostnames), Is.EqualTo(new[] { "echo.lab.example.com", "fabio.lab.example.com" }));
        Assert.That(edge.Origin.ServerName, Is.EqualTo("rpi1.lab.example.com"));
        Assert.That(edge.Origin.Url, Is.EqualTo("https://localhost:443"));
    }

    [Test]
    public async Task Without_lets_encrypt_the_internal_ca_issues_the_public_certificate_and_no_certbot_runs()
    {
        var (run, _) = await CreateAsync(letsEncrypt: false);

        Assert.That(run.TypesAndNames().Select(t => t.Name), Is.EqualTo(new[]
        {
            "edge", "edge-stats-password", "edge-origin-key", "edge-origin-csr", "edge-origin-cert",
            "edge-public-key", "edge-public-csr", "edge-public-cert", "edge-haproxy",
        }));
    }

    [Test]
    public async Task Internal_dns_pushes_one_checked_file_as_its_only_child()
    {
        var (run, dns) = await ComponentRun.StartAsync(run => new InternalDns("dns", new InternalDnsArgs
        {
            Host = "rpi0",
            Connection = new ConnectionArgs { Host = "192.168.10.53", User = "pi", PrivateKey = Output.CreateSecret(TestLab.SshPrivateKey) },
            Dns = EdgeFixtures.Dns,
        }, run.Options));

        Assert.That(run.TypesAndNames(), Is.EqualTo(new[] { ("homelab:index:InternalDns", "dns"), ("command:remote:Command", "dns-dnsmasq") }));
        Assert.That(run.Recorded[1].ParentName, Is.EqualTo("dns"));
        Assert.That(run.InputsOf("dns-dnsmasq")["create"], Is.EqualTo("sudo bash -s"));
        Assert.That(dns.Files.Single().Path, Is.EqualTo("/etc/dnsmasq.d/homelab.conf"));
    }
}
