using System.Text.Json;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class TunnelIngressTests
{
    private static readonly TunnelOrigin Edge = new()
    {
        Url = "https://localhost:443",
        ServerName = "rpi1.lab.example.com",
        CaPool = "/etc/haproxy/certs/lab-ca.pem",
    };

    private static readonly string[] SeedHostnames = ["fabio.lab.example.com", "echo.lab.example.com"];

    [Test]
    public void Rules_of_the_seed_lab_match_their_golden_file() =>
        Golden.AssertMatches("TunnelIngress.Seed.json", TunnelIngress.Render(TunnelIngress.Rules(SeedHostnames, Edge)));

    [Test]
    public void Every_hostname_goes_to_the_edge_with_its_certificate_name_and_ca_and_the_catch_all_is_last()
    {
        var rules = TunnelIngress.Rules(SeedHostnames, Edge);

        Assert.That(rules, Is.EqualTo(new[]
        {
            new IngressRule("echo.lab.example.com", "https://localhost:443", new OriginTls("rpi1.lab.example.com", "/etc/haproxy/certs/lab-ca.pem")),
            new IngressRule("fabio.lab.example.com", "https://localhost:443", new OriginTls("rpi1.lab.example.com", "/etc/haproxy/certs/lab-ca.pem")),
            new IngressRule(null, "http_status:404", null),
        }));
    }

    [Test]
    public void Exact_names_come_before_wildcards_which_would_otherwise_take_their_requests()
    {
        var rules = TunnelIngress.Rules(["*.lab.example.com", "nomad.lab.example.com", "*.dev.lab.example.com"], Edge);

        Assert.That(rules.Select(r => r.Hostname), Is.EqualTo(new[] { "nomad.lab.example.com", "*.dev.lab.example.com", "*.lab.example.com", null }));
    }

    [Test]
    public void A_tunnel_without_hostnames_has_the_catch_all_alone() =>
        Assert.That(TunnelIngress.Rules([], Edge), Is.EqualTo(new[] { new IngressRule(null, TunnelIngress.CatchAll, null) }));

    [Test]
    public void A_public_ca_edge_leaves_the_ca_pool_out_and_keeps_the_server_name()
    {
        var json = TunnelIngress.Render(TunnelIngress.Rules(["echo.lab.example.com"], Edge with { CaPool = null }));

        using var document = JsonDocument.Parse(json);
        var originRequest = document.RootElement.GetProperty("ingress")[0].GetProperty("originRequest");
        Assert.That(originRequest.EnumerateObject().Select(p => $"{p.Name}={p.Value}"), Is.EqualTo(new[] { "originServerName=rpi1.lab.example.com" }));
    }

    [Test]
    public void No_rule_turns_origin_tls_verification_off()
    {
        var json = TunnelIngress.Render(TunnelIngress.Rules(["*.lab.example.com", "echo.lab.example.com"], Edge));

        Assert.That(json, Does.Not.Contain("noTLSVerify").IgnoreCase);
    }

    [TestCase("*.lab.example.com", "nomad.lab.example.com", true)] // a wildcard serves a name below it
    [TestCase("*.lab.example.com", "a.b.lab.example.com", true)] // at any depth, as cloudflared matches it
    [TestCase("*.lab.example.com", "lab.example.com", false)] // but not the name itself
    [TestCase("*.lab.example.com", "nomadlab.example.com", false)] // nor a name that only ends alike
    [TestCase("nomad.lab.example.com", "nomad.lab.example.com", true)] // an exact name serves itself
    [TestCase("echo.lab.example.com", "nomad.lab.example.com", false)] // and no other
    public void Matches_follows_cloudflareds_hostname_rule(string pattern, string hostname, bool expected) =>
        Assert.That(TunnelIngress.Matches(pattern, hostname), Is.EqualTo(expected));

    [TestCase("Echo.lab.example.com", "public hostname 'Echo.lab.example.com' is not a lower-case DNS name (a leading '*.' is allowed)")] // upper case: cloudflared compares exactly
    [TestCase("echo.lab.example.com:443", "public hostname 'echo.lab.example.com:443' is not a lower-case DNS name (a leading '*.' is allowed)")] // cloudflared: "Hostname cannot contain a port"
    [TestCase("nomad.*.example.com", "public hostname 'nomad.*.example.com' is not a lower-case DNS name (a leading '*.' is allowed)")] // a wildcard only in front
    public void Rules_refuse_a_hostname_cloudflared_would_refuse(string hostname, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => TunnelIngress.Rules([hostname], Edge));

        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    public void Rules_refuse_a_hostname_listed_twice()
    {
        var error = Assert.Throws<ArgumentException>(() => TunnelIngress.Rules(["echo.lab.example.com", "echo.lab.example.com"], Edge));

        Assert.That(error!.Message, Does.StartWith("public hostname 'echo.lab.example.com' is listed twice"));
    }

    [TestCase("http://localhost:443")] // plain HTTP: nothing to verify
    [TestCase("https://localhost:443/edge")] // cloudflared: "ingress rules don't support proxying to a different path"
    [TestCase("localhost:443")] // no scheme
    public void Rules_refuse_an_origin_that_is_not_an_https_url_without_a_path(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => TunnelIngress.Rules(["echo.lab.example.com"], Edge with { Url = url }));

        Assert.That(error!.Message, Does.StartWith($"origin '{url}' is not an https URL without a path, such as https://localhost:443"));
    }

    [Test]
    public void Rules_refuse_an_origin_without_a_server_name_to_verify()
    {
        var error = Assert.Throws<ArgumentException>(() => TunnelIngress.Rules(["echo.lab.example.com"], Edge with { ServerName = "" }));

        Assert.That(error!.Message, Does.StartWith("origin server name '' is not a DNS name the edge certificate can cover"));
    }
}
