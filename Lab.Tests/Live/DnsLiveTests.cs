using Lab.Components.Rendering;
using Lab.Tests.Edge;

namespace Lab.Tests.Live;

/// <summary>The rendered dnsmasq config served by the real dnsmasq on a high loopback port, with a stand-in Consul.</summary>
[TestFixture]
[NonParallelizable]
public sealed class DnsLiveTests
{
    [Test]
    public async Task Dnsmasq_answers_every_name_the_wildcard_and_ptrs_and_forwards_consul()
    {
        var port = LiveProcess.FreePort();
        var consulPort = LiveProcess.FreePort();
        using var consul = new LiveDnsmasq(LiveDnsmasq.ConsulStandIn(consulPort, [("fabio", "vs0", "127.0.0.2", 9999)]));
        using var dns = new LiveDnsmasq(DnsmasqConfigRenderer.Render(EdgeFixtures.Dns with
        {
            ListenAddresses = ["127.0.0.1"],
            Port = port,
            // No upstream answers: a test never leaves the machine.
            Upstreams = [new DnsServer("127.0.0.1", LiveProcess.FreePort())],
            ConsulServers = [new DnsServer("127.0.0.1", consulPort)],
        }));
        Assert.That(await LiveProcess.WaitAsync(() => Task.FromResult(LiveDnsmasq.Dig(port, "rpi0.lab.example.com").Count > 0), TimeSpan.FromSeconds(10)), Is.True, dns.Output);

        Assert.Multiple(() =>
        {
            foreach (var host in EdgeFixtures.Hosts)
            {
                Assert.That(LiveDnsmasq.Dig(port, $"{host.Name}.lab.example.com"), Is.EqualTo(new[] { host.Address }), host.Name);
                Assert.That(LiveDnsmasq.Dig(port, host.Name), Is.EqualTo(new[] { host.Address }), $"{host.Name} (short)");
                Assert.That(LiveDnsmasq.Dig(port, "-x", host.Address), Is.EqualTo(new[] { $"{host.Name}.lab.example.com." }), $"PTR {host.Address}");
            }
            Assert.That(LiveDnsmasq.Dig(port, "echo.lab.example.com"), Is.EqualTo(new[] { "192.168.10.80" }), "wildcard");
            Assert.That(LiveDnsmasq.Dig(port, "a.b.lab.example.com"), Is.EqualTo(new[] { "192.168.10.80" }), "wildcard, two labels deep");
            Assert.That(LiveDnsmasq.Dig(port, "fabio.service.consul"), Is.EqualTo(new[] { "127.0.0.9" }), "consul forwarded");
            Assert.That(LiveDnsmasq.Dig(port, "_fabio._tcp.service.consul", "SRV"), Is.EqualTo(new[] { "1 1 9999 vs0.node.dc1.consul." }), "consul SRV forwarded");
            Assert.That(LiveDnsmasq.Dig(port, "-x", "192.168.10.250"), Is.EqualTo(new[] { "alloc.node.dc1.consul." }), "reverse zone forwarded to consul");
        });
    }
}
