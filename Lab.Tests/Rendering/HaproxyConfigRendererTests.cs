using Lab.Components.Rendering;
using Lab.Tests.Edge;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class HaproxyConfigRendererTests
{
    private static readonly HaproxyModel SeedModel = EdgeHaproxyModel.From(EdgeFixtures.Site, EdgeFixtures.StatsPassword);
    private static readonly string Seed = HaproxyConfigRenderer.Render(SeedModel);
    private static readonly string Discovery = HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(EdgeFixtures.DiscoverySite, EdgeFixtures.StatsPassword));

    [Test]
    public void Config_for_the_seed_lab_matches_its_golden_file() =>
        Golden.AssertMatches("HaproxyConfigRenderer.Seed.cfg", Seed);

    [Test]
    public void Config_with_discovery_and_end_to_end_tls_matches_its_golden_file() =>
        Golden.AssertMatches("HaproxyConfigRenderer.DiscoveryTls.cfg", Discovery);

    [TestCase(false, false)] // the seed: Fabio on every client, plain HTTP past the edge
    [TestCase(true, false)] // Fabio over TLS
    [TestCase(false, true)] // Consul services by SRV
    [TestCase(true, true)] // Consul services by SRV over TLS
    public void Config_passes_haproxy_check(bool endToEndTls, bool discovery)
    {
        using var folder = new TemporaryFolder();
        using var pki = new TestPki("test root");
        var site = (discovery ? EdgeFixtures.DiscoverySite : EdgeFixtures.Site) with { EndToEndTls = endToEndTls, CaFile = folder.Write("lab-ca.pem", pki.RootPem) };
        var model = EdgeHaproxyModel.From(site, EdgeFixtures.StatsPassword) with
        {
            Certificates =
            [
                folder.Write("public.pem", pki.HaproxyPem(pki.Issue(["*.lab.example.com", "lab.example.com"]))),
                folder.Write("origin.pem", pki.HaproxyPem(pki.Issue(["rpi1.lab.example.com"]))),
            ],
        };

        RealTools.AssertHaproxyAccepts(HaproxyConfigRenderer.Render(model), folder);
    }

    [Test]
    public void Plain_http_is_redirected_permanently_to_https() =>
        Assert.That(Seed, Does.Contain("frontend http\n    bind 0.0.0.0:80\n    http-request redirect scheme https code 301\n"));

    [Test]
    public void Https_serves_the_public_certificate_first_and_the_origin_certificate_by_sni() =>
        Assert.That(Seed, Does.Contain("    bind 0.0.0.0:443 ssl crt /etc/haproxy/certs/public.pem crt /etc/haproxy/certs/origin.pem alpn h2,http/1.1\n"));

    [Test]
    public void Tls_is_mozilla_intermediate_with_tls_1_2_at_least_both_ways()
    {
        Assert.That(Seed, Does.Contain("    ssl-default-bind-options prefer-client-ciphers ssl-min-ver TLSv1.2 no-tls-tickets\n"));
        Assert.That(Seed, Does.Contain("    ssl-default-server-options ssl-min-ver TLSv1.2 no-tls-tickets\n"));
        Assert.That(Seed, Does.Contain($"    ssl-default-bind-ciphers {MozillaIntermediate.Ciphers}\n"));
        Assert.That(Seed, Does.Contain($"    ssl-default-bind-ciphersuites {MozillaIntermediate.CipherSuites}\n"));
        Assert.That(Seed, Does.Contain("    http-response set-header Strict-Transport-Security \"max-age=63072000\"\n"));
    }

    [Test]
    public void Fabio_ui_is_routed_by_host_and_everything_else_goes_to_fabio() =>
        Assert.That(Seed, Does.Contain(
            "    use_backend fabio_ui if { req.hdr(host),field(1,:),lower -m str fabio.lab.example.com }\n    default_backend fabio\n"));

    [Test]
    public void Fabio_backend_lists_every_job_node_on_9999_checked_over_http_on_9998() =>
        Assert.That(Seed, Does.Contain("""
            backend fabio
                balance roundrobin
                option httpchk
                http-check send meth GET uri /health
                http-check expect status 200
                retries 3
                option redispatch 1
                retry-on conn-failure empty-response junk-response 0rtt-rejected
                default-server check inter 2000ms fall 3 rise 2 port 9998
                server vs0 192.168.10.130:9999
                server vs1 192.168.10.131:9999
                server vs2 192.168.10.132:9999

            """.ReplaceLineEndings("\n")));

    [Test]
    public void Stats_and_metrics_listen_on_the_pi_only_for_the_lab_and_the_stats_page_behind_the_password() =>
        Assert.That(Seed, Does.Contain($$"""
            userlist stats_users
                user admin insecure-password {{EdgeFixtures.StatsPassword}}

            frontend stats
                bind 192.168.10.80:1936
                http-request deny unless { src 192.168.10.0/24 }
                http-request use-service prometheus-exporter if { path /metrics }
                http-request auth realm haproxy unless { http_auth(stats_users) }
                stats enable
                stats uri /stats

            """.ReplaceLineEndings("\n")));

    [Test]
    public void The_lab_dns_is_the_resolver() =>
        Assert.That(Seed, Does.Contain("resolvers lab\n    nameserver dns0 192.168.10.53:53\n"));

    [Test]
    public void End_to_end_tls_verifies_fabio_against_the_lab_ca_with_sni_and_checks_health_in_plain_http()
    {
        var config = HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(EdgeFixtures.Site with { EndToEndTls = true }, EdgeFixtures.StatsPassword));

        Assert.That(config, Does.Contain("    default-server check inter 2000ms fall 3 rise 2 port 9998 ssl verify required ca-file /etc/haproxy/certs/lab-ca.pem"
            + " sni str(fabio.service.consul) verifyhost fabio.service.consul no-check-ssl\n"));
    }

    [Test]
    public void Discovery_fills_each_service_from_its_consul_srv_record_through_the_lab_resolvers()
    {
        foreach (var service in new[] { "http-echo", "fabio-ui", "grafana", "hello" })
        {
            Assert.That(Discovery, Does.Contain($"    server-template svc_{service} 10 _{service}._tcp.service.consul resolvers lab resolve-prefer ipv4 init-addr none check\n"));
        }
    }

    [Test]
    public void Discovery_routes_each_hostname_to_its_service_and_every_other_host_to_fabio() =>
        Assert.That(Discovery, Does.Contain("""
                use_backend svc_http-echo if { req.hdr(host),field(1,:),lower -m str echo.lab.example.com }
                use_backend svc_fabio-ui if { req.hdr(host),field(1,:),lower -m str fabio.lab.example.com }
                use_backend svc_grafana if { req.hdr(host),field(1,:),lower -m str grafana.lab.example.com }
                use_backend svc_hello if { req.hdr(host),field(1,:),lower -m str hello.lab.example.com }
                default_backend fabio
            """.ReplaceLineEndings("\n")).And.Not.Contain("no_route"));

    [Test]
    public void Discovery_finds_the_default_fabio_by_srv_checks_it_on_its_ui_port_and_verifies_its_lab_ca_certificate() =>
        Assert.That(Discovery, Does.Contain("""
            backend fabio
                balance roundrobin
                option httpchk
                http-check send meth GET uri /health
                http-check expect status 200
                retries 3
                option redispatch 1
                retry-on conn-failure empty-response junk-response 0rtt-rejected
                default-server check inter 2000ms fall 3 rise 2 port 9998 ssl verify required ca-file /etc/haproxy/certs/lab-ca.pem sni str(fabio.service.consul) verifyhost fabio.service.consul no-check-ssl
                server-template fabio 10 _fabio._tcp.service.consul resolvers lab resolve-prefer ipv4 init-addr none check

            """.ReplaceLineEndings("\n")));

    [TestCase("http-echo", "/health")] // HttpEchoJob's Consul check
    [TestCase("fabio-ui", "/health")] // Fabio's admin listener serves /health
    [TestCase("grafana", "/api/health")] // Grafana's health API
    public void Discovery_checks_each_lab_service_on_its_own_health_path_in_plain_http_even_with_end_to_end_tls(string service, string path) =>
        Assert.That(Discovery, Does.Contain($"""
            backend svc_{service}
                balance roundrobin
                option httpchk
                http-check send meth GET uri {path}
                http-check expect status 200
                retries 3
                option redispatch 1
                retry-on conn-failure empty-response junk-response 0rtt-rejected
                default-server check inter 2000ms fall 3 rise 2
                server-template svc_{service} 10 _{service}._tcp.service.consul resolvers lab resolve-prefer ipv4 init-addr none check

            """.ReplaceLineEndings("\n")));

    [Test]
    public void Discovery_checks_a_service_no_lab_job_registers_by_tcp_connect_in_plain_http() =>
        Assert.That(Discovery, Does.Contain("""
            backend svc_hello
                balance roundrobin
                retries 3
                option redispatch 1
                retry-on conn-failure empty-response junk-response 0rtt-rejected
                default-server check inter 2000ms fall 3 rise 2
                server-template svc_hello 10 _hello._tcp.service.consul resolvers lab resolve-prefer ipv4 init-addr none check

            """.ReplaceLineEndings("\n")));

    [Test]
    public void Discovery_of_fabios_proxy_by_name_checks_its_ui_port_and_verifies_it_with_end_to_end_tls()
    {
        var site = EdgeFixtures.DiscoverySite with { Services = [new EdgeService($"proxy.{EdgeFixtures.Domain}", "fabio")] };
        var config = HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(site, EdgeFixtures.StatsPassword));

        Assert.That(config, Does.Contain("backend svc_fabio\n").And.Contain("""
                default-server check inter 2000ms fall 3 rise 2 port 9998 ssl verify required ca-file /etc/haproxy/certs/lab-ca.pem sni str(fabio.service.consul) verifyhost fabio.service.consul no-check-ssl
                server-template svc_fabio 10 _fabio._tcp.service.consul resolvers lab resolve-prefer ipv4 init-addr none check
            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Model_prints_no_password()
    {
        Assert.That(SeedModel.ToString(), Does.Not.Contain(EdgeFixtures.StatsPassword));
        Assert.That(SeedModel.Stats.ToString(), Does.Not.Contain(EdgeFixtures.StatsPassword));
    }

    [TestCase("short", "at least 16 letters")] // too short to be a password
    [TestCase("with space in it 0123456789", "at least 16 letters")] // would end the directive
    public void Render_rejects_a_bad_stats_password(string password, string message) =>
        Assert.That(() => HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(EdgeFixtures.Site, password)), Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void Render_rejects_a_route_to_a_missing_backend() =>
        Assert.That(() => HaproxyConfigRenderer.Render(SeedModel with { Routes = [new HaproxyRoute("x.lab.example.com", "nowhere")] }),
            Throws.ArgumentException.With.Message.Contains("does not exist"));
}
