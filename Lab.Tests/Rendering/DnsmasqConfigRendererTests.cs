using Lab.Components.Rendering;
using Lab.Tests.Edge;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class DnsmasqConfigRendererTests
{
    private static readonly string Seed = DnsmasqConfigRenderer.Render(EdgeFixtures.Dns);

    [Test]
    public void Config_for_the_seed_lab_matches_its_golden_file() =>
        Golden.AssertMatches("DnsmasqConfigRenderer.Seed.conf", Seed);

    [Test]
    public void Config_passes_dnsmasq_test() => RealTools.AssertDnsmasqAccepts(Seed);

    [Test]
    public void Config_never_forwards_bare_names_or_private_ptrs_and_reads_neither_resolv_conf_nor_hosts()
    {
        var lines = Seed.Split('\n');

        Assert.That(lines, Is.SupersetOf(new[] { "domain-needed", "bogus-priv", "no-resolv", "no-hosts" }));
    }

    [Test]
    public void Config_listens_only_on_the_pi_and_loopback()
    {
        var lines = Seed.Split('\n');

        Assert.That(lines, Is.SupersetOf(new[] { "bind-interfaces", "listen-address=192.168.10.53", "listen-address=127.0.0.1", "port=53" }));
    }

    [Test]
    public void Config_forwards_other_names_to_every_upstream() =>
        Assert.That(Seed.Split('\n').Where(l => l.StartsWith("server=", StringComparison.Ordinal) && !l.StartsWith("server=/", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "server=1.1.1.1", "server=9.9.9.9" }));

    [Test]
    public void Every_host_gets_an_a_record_for_its_full_and_short_name_and_a_ptr_to_the_full_name()
    {
        var records = Seed.Split('\n').Where(l => l.StartsWith("host-record=", StringComparison.Ordinal)).ToList();

        Assert.That(records, Is.EqualTo(EdgeFixtures.Hosts.OrderBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => $"host-record={h.Name}.lab.example.com,{h.Name},{h.Address}")));
    }

    [Test]
    public void Consul_names_and_the_lab_reverse_zone_go_to_every_consul_server_on_8600() =>
        Assert.That(Seed.Split('\n').Where(l => l.StartsWith("server=/", StringComparison.Ordinal) || l.StartsWith("rev-server=", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "server=/consul/192.168.10.120#8600",
            "server=/consul/192.168.10.121#8600",
            "server=/consul/192.168.10.122#8600",
            "rev-server=192.168.10.0/24,192.168.10.120#8600",
            "rev-server=192.168.10.0/24,192.168.10.121#8600",
            "rev-server=192.168.10.0/24,192.168.10.122#8600",
        }));

    [Test]
    public void Every_other_name_of_the_domain_points_at_the_edge() =>
        Assert.That(Seed, Does.EndWith("address=/lab.example.com/192.168.10.80\n"));

    [Test]
    public void A_lab_without_consul_servers_forwards_no_consul_zone()
    {
        var config = DnsmasqConfigRenderer.Render(EdgeFixtures.Dns with { ConsulServers = [] });

        Assert.That(config, Does.Not.Contain("consul").And.Not.Contain("rev-server"));
    }

    [TestCase("vb0", "192.168.10.300", "not an IPv4 address")] // an address out of range
    [TestCase("vb_0", "192.168.10.1", "not a lower-case DNS label")] // an underscore
    [TestCase("vb0", "192.168.10.120", "listed twice")] // a second record for a name
    public void Render_rejects_a_bad_host(string name, string address, string message) =>
        Assert.That(() => DnsmasqConfigRenderer.Render(EdgeFixtures.Dns with { Hosts = [.. EdgeFixtures.Hosts, new DnsHost(name, address)] }),
            Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void Render_rejects_a_model_without_upstreams() =>
        Assert.That(() => DnsmasqConfigRenderer.Render(EdgeFixtures.Dns with { Upstreams = [] }),
            Throws.ArgumentException.With.Message.Contains("no-resolv"));
}
