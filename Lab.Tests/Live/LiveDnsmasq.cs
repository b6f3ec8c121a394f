using Lab.Tests.Support;

namespace Lab.Tests.Live;

/// <summary>
/// dnsmasq on a high loopback port with one config file and nothing else: <c>--conf-file</c> only (no
/// /etc/dnsmasq.conf, no conf-dir), its pid file in a temporary folder, in the foreground, so it never meets a system
/// dnsmasq. Killed on dispose.
/// </summary>
internal sealed class LiveDnsmasq : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private LiveProcess? _process;

    public LiveDnsmasq(string config)
    {
        Start(config);
    }

    public string Output => _process?.Output ?? "";

    /// <summary>Stops it and starts it again with <paramref name="config"/> (dnsmasq reads its config only at start).</summary>
    public void Start(string config)
    {
        _process?.Dispose();
        var path = _folder.Write("dnsmasq.conf", config);
        _process = new LiveProcess("dnsmasq", ["--keep-in-foreground", $"--conf-file={path}", $"--pid-file={Path.Combine(_folder.Path, "dnsmasq.pid")}", "--log-facility=-"]);
    }

    public void Dispose()
    {
        _process?.Dispose();
        _folder.Dispose();
    }

    /// <summary><c>dig +short</c> against loopback at <paramref name="port"/>: the answers, one a line.</summary>
    public static IReadOnlyList<string> Dig(int port, params string[] query)
    {
        var result = Processes.RunTool("dig", ["+short", "+tries=1", "+time=2", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "@127.0.0.1", .. query], "dnsutils");
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// A stand-in for Consul's DNS: SRV records of services (priority 1 and weight 1, as Consul answers for a passing
    /// instance: HAProxy takes the SRV weight as the server's, and a weight of 0 gets no traffic) and A records of their
    /// targets.
    /// </summary>
    public static string ConsulStandIn(int port, IEnumerable<(string Service, string Node, string Address, int Port)> instances)
    {
        var list = instances.ToList();
        return "no-resolv\nno-hosts\nbind-interfaces\nlisten-address=127.0.0.1\n"
            + $"port={port}\n"
            + string.Concat(list.Select(i => $"srv-host=_{i.Service}._tcp.service.consul,{i.Node}.node.dc1.consul,{i.Port},1,1\n"))
            + string.Concat(list.Select(i => (i.Node, i.Address)).Distinct().Select(n => $"host-record={n.Node}.node.dc1.consul,{n.Address}\n"))
            + "host-record=fabio.service.consul,127.0.0.9\n"
            + "ptr-record=250.10.168.192.in-addr.arpa,alloc.node.dc1.consul\n";
    }
}
