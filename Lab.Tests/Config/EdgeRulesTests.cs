using Lab.Components.Rendering;

namespace Lab.Tests.Config;

/// <summary>
/// Edge and DNS settings that passed validation but collided on the Pi or were dropped on the way to a renderer
/// (issue 11): the stats port, the tunnel's name, and duplicate <c>dns.hosts</c> entries.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class EdgeRulesTests
{
    private const string StatsFix = "fix: pulumi config set --path 'homelab:edge.statsPort' 1936";

    // The dev stack's layout: one Pi for DNS and the edge.
    private const string SharedPi = """ "dnsHost":{"name":"rpi2","address":"192.168.10.54"},"edgeHost":{"name":"rpi2","address":"192.168.10.54"},"network":{"dnsServers":["192.168.10.54"]} """;

    [TestCase(0, "is not a TCP port: the stats page needs a free TCP port in 1..65535 other than 22, 80, 443")]
    [TestCase(65536, "is not a TCP port: the stats page needs a free TCP port in 1..65535 other than 22, 80, 443")]
    [TestCase(22, "is sshd's port on the edge Pi; the stats page needs a free TCP port in 1..65535 other than 22, 80, 443")]
    [TestCase(80, "is HAProxy's HTTP frontend's port on the edge Pi; the stats page needs a free TCP port in 1..65535 other than 22, 80, 443")]
    public void A_stats_port_taken_on_the_edge_pi_or_out_of_range_is_rejected_with_the_range(int port, string problem) =>
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"edge":{"statsPort":{{{port}}}}}"""), Is.EqualTo(new[] { $"homelab:edge.statsPort '{port}' {problem}; {StatsFix}" }));

    [Test]
    public void The_dns_port_is_taken_only_where_the_edge_pi_is_also_the_dns_pi()
    {
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"edge":{"statsPort":53},{{{SharedPi}}}}"""), Is.EqualTo(new[]
        {
            "homelab:edge.statsPort '53' is dnsmasq's port on the edge Pi, which is also the DNS Pi; the stats page needs a free TCP port in 1..65535 other than 22, 80, 443, 53; " + StatsFix,
        }));
        Assert.That(AcceptedButWrongTests.Problems("""{"edge":{"statsPort":53}}"""), Is.Empty);
    }

    [TestCase(1)] // the range's ends
    [TestCase(65535)]
    [TestCase(8404)] // HAProxy's documented stats example
    public void A_free_stats_port_is_accepted(int port) =>
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"edge":{"statsPort":{{{port}}}},{{{SharedPi}}}}"""), Is.Empty);

    [TestCase("my lab", "'my lab'")] // a space: failed in the renderer, "tunnel name 'my lab' must be letters, digits, ..."
    [TestCase("lab$x", "'lab$x'")]
    [TestCase("lab\u00e9", "'lab\u00e9'")] // a letter outside ASCII
    public void A_tunnel_name_the_cloudflared_unit_cannot_carry_is_rejected(string name, string shown) =>
        Assert.That(AcceptedButWrongTests.Problems(Cloudflare(name)), Is.EqualTo(new[]
        {
            $"homelab:cloudflare.tunnelName {shown} is not a tunnel name the edge Pi's cloudflared unit can carry (letters, digits, '.', '_' and '-'; no spaces); "
            + "fix: pulumi config set --path 'homelab:cloudflare.tunnelName' homelab",
        }));

    [TestCase("homelab")]
    [TestCase("my lab")]
    [TestCase("Lab_1.edge-0")]
    [TestCase("lab/x")]
    [TestCase("lab\u00e9")]
    public void The_tunnel_name_rule_is_the_cloudflared_units_rule(string name)
    {
        // The validator must reject exactly what the renderer cannot take, so no name gets past it to fail there.
        var rendererTakes = true;
        try
        {
            CloudflaredService.Unit(name);
        }
        catch (ArgumentException)
        {
            rendererTakes = false;
        }

        Assert.That(AcceptedButWrongTests.Problems(Cloudflare(name)), rendererTakes ? Is.Empty : Has.Count.EqualTo(1));
    }

    [Test]
    public void A_dns_host_listed_twice_is_an_error_naming_both_entries() =>
        // It used to be dropped: dnsmasq got nas at 192.168.10.5 only, and synth exited 0.
        Assert.That(AcceptedButWrongTests.Problems(DnsHosts(("nas", "192.168.10.5"), ("nas", "192.168.10.6"))), Is.EqualTo(new[]
        {
            "homelab:dns.hosts[1].name 'nas' repeats homelab:dns.hosts[0].name 'nas' (at '192.168.10.5'): the lab's DNS has one record per name, so this one, at '192.168.10.6', would be dropped; "
            + "fix: pulumi config rm --path 'homelab:dns.hosts[1]', or pulumi config set --path 'homelab:dns.hosts[1].name' <name>",
        }));

    [Test]
    public void A_dns_host_repeated_in_another_case_is_reported_beside_its_case_error()
    {
        var problems = AcceptedButWrongTests.Problems(DnsHosts(("NAS", "192.168.10.5"), ("nas", "192.168.10.6")));
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems[0], Does.StartWith("homelab:dns.hosts[0].name 'NAS' is not a lower-case DNS label"));
        Assert.That(problems[1], Does.StartWith("homelab:dns.hosts[1].name 'nas' repeats homelab:dns.hosts[0].name 'NAS' (at '192.168.10.5')"));
    }

    [TestCase("vb0", "the VM vb0 (homelab:servers.name)")]
    [TestCase("head", "the VM head (homelab:support.name)")]
    [TestCase("rpi0", "the DNS Pi (homelab:dnsHost.name)")]
    [TestCase("rpi1", "the edge Pi (homelab:edgeHost.name)")]
    public void A_dns_host_named_like_a_lab_host_is_an_error_naming_that_host(string name, string owner) =>
        Assert.That(AcceptedButWrongTests.Problems(DnsHosts(("nas", "192.168.10.5"), (name, "192.168.10.7"))), Is.EqualTo(new[]
        {
            $"homelab:dns.hosts[1].name '{name}' is the name of {owner}, which has its own DNS record, so this one, at '192.168.10.7', would be dropped; "
            + $"fix: pulumi config rm --path 'homelab:dns.hosts[1]', or pulumi config set --path 'homelab:dns.hosts[1].name' <name>",
        }));

    [TestCase("vb0", "the VM vb0 (homelab:servers.name)", "servers.name")]
    [TestCase("rpi1", "the edge Pi (homelab:edgeHost.name)", "edgeHost.name")]
    public void A_proxmox_node_named_like_a_lab_host_is_an_error_naming_that_host(string name, string owner, string ownerKey) =>
        // Its DNS record used to be dropped without a word, as a repeated dns.hosts entry was.
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"proxmox":{"nodes":["{{{name}}}"]}}"""), Is.EqualTo(new[]
        {
            $"homelab:proxmox.nodes[0] '{name}' is also the name of {owner}: the lab's DNS has one record per name, so the Proxmox host's would be dropped; "
            + $"fix: rename that one: pulumi config set --path 'homelab:{ownerKey}' <name>",
        }));

    [Test]
    public void A_dns_host_that_gives_a_proxmox_node_its_address_is_accepted() =>
        Assert.That(AcceptedButWrongTests.Problems(DnsHosts(("pve0", "192.168.10.100"), ("nas", "192.168.10.5"))), Is.Empty);

    [Test]
    public void An_edge_service_hostname_of_one_label_or_repeated_is_rejected() =>
        // Both used to fail in the HAProxy renderer: "edge: route host 'echo' is not a lower-case DNS name or repeats".
        Assert.That(AcceptedButWrongTests.Problems(EdgeServices(("echo", "echo"), ("echo.lab.example.com", "echo"), ("echo.lab.example.com", "other"))), Is.EqualTo(new[]
        {
            "homelab:edge.services[0].hostname 'echo' is not a lower-case DNS name of two labels or more; fix: pulumi config set --path 'homelab:edge.services[0].hostname' <name>",
            "homelab:edge.services[2].hostname 'echo.lab.example.com' repeats homelab:edge.services[1].hostname: HAProxy routes a hostname to one service; fix: pulumi config rm --path 'homelab:edge.services[2]'",
        }));

    [Test]
    public void An_edge_service_name_too_long_for_its_haproxy_backend_is_rejected()
    {
        // A 63-character label is a Consul service name, but svc_<name> is past HAProxy's 63-character word.
        var name = new string('s', 60);
        Assert.That(AcceptedButWrongTests.Problems(EdgeServices(("echo.lab.example.com", name))), Is.EqualTo(new[]
        {
            $"homelab:edge.services[0].service '{name}' is longer than 59 characters, the most HAProxy's backend name svc_<service> (at most 63) leaves; "
            + "fix: pulumi config set --path 'homelab:edge.services[0].service' <service>",
        }));
        Assert.That(AcceptedButWrongTests.Problems(EdgeServices(("echo.lab.example.com", name[1..]))), Is.Empty);
    }

    [TestCase(59, true)]
    [TestCase(60, false)]
    public void The_service_name_bound_is_the_haproxy_renderers(int length, bool renders)
    {
        var site = new EdgeSite
        {
            Domain = "lab.example.com",
            HostName = "rpi1",
            Address = "192.168.10.80",
            LabCidr = "192.168.10.0/24",
            DnsServers = ["192.168.10.53"],
            JobNodes = [],
            Services = [new EdgeService("echo.lab.example.com", new string('s', length))],
            EndToEndTls = false,
        };
        TestDelegate render = () => HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(site, "0123456789abcdef0123"));
        Assert.That(render, renders ? Throws.Nothing : Throws.ArgumentException);
    }

    private static string Cloudflare(string tunnelName) =>
        $$$"""{"cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210","tunnelName":{{{System.Text.Json.JsonSerializer.Serialize(tunnelName)}}}}}""";

    private static string DnsHosts(params (string Name, string Address)[] hosts) =>
        $$$"""{"dns":{"hosts":[{{{string.Join(",", hosts.Select(h => $$"""{"name":"{{h.Name}}","address":"{{h.Address}}"}"""))}}}]}}""";

    private static string EdgeServices(params (string Hostname, string Service)[] services) =>
        $$$"""{"features":{"consulDiscoveryAtEdge":true},"edge":{"services":[{{{string.Join(",", services.Select(x => $$"""{"hostname":"{{x.Hostname}}","service":"{{x.Service}}"}"""))}}}]}}""";
}
