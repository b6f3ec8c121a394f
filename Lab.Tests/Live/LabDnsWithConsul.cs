using Lab.Components.Rendering;
using Lab.Tests.Edge;

namespace Lab.Tests.Live;

/// <summary>
/// The lab's DNS as the edge asks it in discovery mode: the rendered dnsmasq on a free loopback port, forwarding
/// <c>.consul</c> to a stand-in Consul DNS that starts with no service; a test restarts the stand-in with the
/// instances it wants HAProxy to find.
/// </summary>
internal sealed class LabDnsWithConsul : IDisposable
{
    private readonly LiveDnsmasq _dns;

    private LabDnsWithConsul(LiveDnsmasq consul, int consulPort, LiveDnsmasq dns, int dnsPort)
    {
        (Consul, ConsulPort, _dns, DnsPort) = (consul, consulPort, dns, dnsPort);
    }

    /// <summary>The stand-in Consul DNS.</summary>
    public LiveDnsmasq Consul { get; }

    public int ConsulPort { get; }

    /// <summary>The port the lab's dnsmasq answers on, the edge's resolver.</summary>
    public int DnsPort { get; }

    public static LabDnsWithConsul Start()
    {
        var dnsPort = LiveProcess.FreePort();
        var consulPort = LiveProcess.FreePort();
        var consul = new LiveDnsmasq(LiveDnsmasq.ConsulStandIn(consulPort, []));
        var dns = new LiveDnsmasq(DnsmasqConfigRenderer.Render(EdgeFixtures.Dns with
        {
            ListenAddresses = ["127.0.0.1"],
            Port = dnsPort,
            Upstreams = [new DnsServer("127.0.0.1", LiveProcess.FreePort())],
            ConsulServers = [new DnsServer("127.0.0.1", consulPort)],
        }));
        return new LabDnsWithConsul(consul, consulPort, dns, dnsPort);
    }

    public void Dispose()
    {
        _dns.Dispose();
        Consul.Dispose();
    }
}
