using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Lab.Components.Rendering;
using Lab.Infra.Config;
using Lab.Tests.Config;
using Lab.Tests.Edge;
using Lab.Tests.Support;

namespace Lab.Tests.Live;

/// <summary>
/// The rendered haproxy.cfg, run by the real HAProxy on loopback in front of stand-in Fabios, with its ports and paths
/// moved through the model. Bounded: every wait has a deadline, and every process is killed at the end.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class EdgeLiveTests
{
    private static readonly IPAddress[] Nodes = [IPAddress.Parse("127.0.0.2"), IPAddress.Parse("127.0.0.3"), IPAddress.Parse("127.0.0.4")];

    [Test]
    public async Task Killing_a_backend_under_load_fails_no_request_marks_it_down_within_fall_times_inter_and_up_after_restart()
    {
        using var edge = new LiveEdge(endToEndTls: false);
        var checks = edge.Site.Checks;
        Assert.That(await edge.WaitForAsync(EdgeHaproxyModel.FabioBackend, "UP", 3, TimeSpan.FromSeconds(15)), Is.True, edge.Output);

        const int requests = 2000;
        var victim = edge.Backends[1];
        var killedAt = TimeSpan.Zero;
        TimeSpan? downAfter = null;
        var clock = Stopwatch.StartNew();
        var load = edge.LoadAsync(requests, TimeSpan.FromSeconds(10), $"echo.{EdgeFixtures.Domain}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        victim.Kill();
        killedAt = clock.Elapsed;
        if (await edge.WaitForServerAsync(EdgeHaproxyModel.FabioBackend, victim.Name, "DOWN", TimeSpan.FromSeconds(20)))
        {
            downAfter = clock.Elapsed - killedAt;
        }
        var (ok, failed, failures) = await load;

        victim.Start();
        var restartedAt = clock.Elapsed;
        var up = await edge.WaitForServerAsync(EdgeHaproxyModel.FabioBackend, victim.Name, "UP", TimeSpan.FromSeconds(20));
        var upAfter = clock.Elapsed - restartedAt;
        TestContext.Out.WriteLine($"requests {ok + failed}, failed {failed}, DOWN after {downAfter?.TotalMilliseconds:F0} ms, UP after {upAfter.TotalMilliseconds:F0} ms; "
            + $"served {string.Join(", ", edge.Backends.Select(b => $"{b.Name} {b.Served}"))}");

        Assert.Multiple(() =>
        {
            Assert.That(ok + failed, Is.EqualTo(requests));
            Assert.That(failed, Is.Zero, string.Join("\n", failures.Take(5)));
            Assert.That(downAfter, Is.Not.Null, "never marked DOWN");
            // The first failed check comes at most one interval after the kill; margin for scheduling.
            Assert.That(downAfter!.Value.TotalMilliseconds, Is.LessThanOrEqualTo(checks.Fall * checks.InterMs + checks.InterMs + 1000));
            Assert.That(up, Is.True, "never UP again");
            Assert.That(upAfter.TotalMilliseconds, Is.LessThanOrEqualTo(checks.Rise * checks.InterMs + checks.InterMs + 1000));
            Assert.That(edge.Backends.All(b => b.Served > 0), Is.True, "every backend served");
        });
    }

    [Test]
    public async Task Discovery_adds_and_removes_servers_from_consul_srv_records_through_the_lab_dns_without_a_reload()
    {
        var backend = EdgeHaproxyModel.ServiceBackend("http-echo");
        using var labDns = LabDnsWithConsul.Start();
        var (consul, consulPort, dnsPort) = (labDns.Consul, labDns.ConsulPort, labDns.DnsPort);
        using var edge = new LiveEdge(endToEndTls: false, services: [new EdgeService($"echo.{EdgeFixtures.Domain}", "http-echo")], resolverPort: dnsPort);
        IEnumerable<(string, string, string, int)> Instances(int count) =>
            edge.Backends.Take(count).Select(b => ("http-echo", b.Name, b.Address.ToString(), b.TrafficPort));
        consul.Start(LiveDnsmasq.ConsulStandIn(consulPort, Instances(2)));
        var two = await edge.WaitForAsync(backend, "UP", 2, TimeSpan.FromSeconds(20));

        var load = edge.LoadAsync(300, TimeSpan.FromSeconds(12), $"echo.{EdgeFixtures.Domain}");
        consul.Start(LiveDnsmasq.ConsulStandIn(consulPort, Instances(3)));
        var three = await edge.WaitForAsync(backend, "UP", 3, TimeSpan.FromSeconds(15));
        consul.Start(LiveDnsmasq.ConsulStandIn(consulPort, Instances(1)));
        var one = await edge.WaitForAsync(backend, "UP", 1, TimeSpan.FromSeconds(15));
        var (ok, failed, failures) = await load;
        TestContext.Out.WriteLine($"discovery: requests {ok + failed}, failed {failed}; served {string.Join(", ", edge.Backends.Select(b => $"{b.Name} {b.Served}"))}");

        Assert.Multiple(() =>
        {
            Assert.That(two, Is.True, "two SRV records, two servers UP\n" + edge.Output);
            Assert.That(three, Is.True, "a third SRV record added a server");
            Assert.That(one, Is.True, "two removed SRV records removed their servers");
            Assert.That(failed, Is.Zero, string.Join("\n", failures.Take(5)) + "\n" + string.Join("\n", edge.Output.Split('\n').Where(l => !l.Contains("GET /", StringComparison.Ordinal)).Take(40)));
            Assert.That(edge.HasExited, Is.False, "HAProxy ran throughout: no restart, no reload");
        });
    }

    [TestCase(false)] // plain HTTP past the edge
    [TestCase(true)] // end-to-end TLS: only Fabio's proxy speaks TLS, http-echo and Fabio's UI stay plain
    public async Task Discovery_with_the_shipped_hostnames_serves_echo_and_fabio_from_their_consul_services_and_any_other_host_through_fabio(bool endToEndTls)
    {
        var lab = TestConfigs.ReadStack("lab");
        var services = EdgeRules.EdgeServices(lab with { Features = lab.Features with { ConsulDiscoveryAtEdge = true, EndToEndTls = endToEndTls } })
            .Select(s => new EdgeService(s.Hostname, s.Service)).ToList();
        var echoPort = LiveProcess.FreePort();
        using var labDns = LabDnsWithConsul.Start();
        var (consul, consulPort, dnsPort) = (labDns.Consul, labDns.ConsulPort, labDns.DnsPort);
        using var edge = new LiveEdge(endToEndTls, services: services, resolverPort: dnsPort);
        // The services as the lab's jobs register them: http-echo on its own nodes, and on each Fabio node the proxy
        // (fabio) and the UI (fabio-ui, which also answers /health).
        using var echo0 = new StandInBackend("echo0", IPAddress.Parse("127.0.0.5"), echoPort, null);
        using var echo1 = new StandInBackend("echo1", IPAddress.Parse("127.0.0.6"), echoPort, null);
        consul.Start(LiveDnsmasq.ConsulStandIn(consulPort,
            new[] { echo0, echo1 }.Select(b => ("http-echo", b.Name, b.Address.ToString(), b.TrafficPort))
                .Concat(edge.Backends.Select(b => ("fabio", b.Name, b.Address.ToString(), b.TrafficPort)))
                .Concat(edge.Backends.Select(b => ("fabio-ui", b.Name, b.Address.ToString(), b.HealthPort!.Value)))));
        var up = new Dictionary<string, bool>
        {
            [EdgeHaproxyModel.ServiceBackend("http-echo")] = await edge.WaitForAsync(EdgeHaproxyModel.ServiceBackend("http-echo"), "UP", 2, TimeSpan.FromSeconds(20)),
            [EdgeHaproxyModel.ServiceBackend("fabio-ui")] = await edge.WaitForAsync(EdgeHaproxyModel.ServiceBackend("fabio-ui"), "UP", 3, TimeSpan.FromSeconds(20)),
            [EdgeHaproxyModel.FabioBackend] = await edge.WaitForAsync(EdgeHaproxyModel.FabioBackend, "UP", 3, TimeSpan.FromSeconds(20)),
        };

        using var client = edge.Client();
        var echoed = await client.GetAsync($"https://echo.{EdgeFixtures.Domain}/");
        var ui = await client.GetAsync($"https://fabio.{EdgeFixtures.Domain}/health");
        var other = await client.GetAsync($"https://grafana.{EdgeFixtures.Domain}/");
        var (echoBody, uiBody, otherBody) = (await echoed.Content.ReadAsStringAsync(), await ui.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(services.Select(s => s.Service), Is.EqualTo(new[] { "http-echo", "fabio-ui" }));
            Assert.That(up, Is.All.Matches<KeyValuePair<string, bool>>(p => p.Value), edge.Output);
            Assert.That((int)echoed.StatusCode, Is.EqualTo(200));
            Assert.That(echoBody, Does.StartWith("echo"), "served by an http-echo instance, not by Fabio");
            Assert.That((int)ui.StatusCode, Is.EqualTo(200));
            Assert.That(uiBody, Is.EqualTo("OK\n"), "served by Fabio's UI port");
            Assert.That((int)other.StatusCode, Is.EqualTo(200));
            Assert.That(otherBody, Does.StartWith("vs"), "a host no service is listed for reaches Fabio's proxy");
        });
    }

    [Test]
    public async Task Plain_http_is_redirected_and_fabio_ui_is_routed_by_host()
    {
        using var edge = new LiveEdge(endToEndTls: false);
        Assert.That(await edge.WaitForAsync(EdgeHaproxyModel.FabioUiBackend, "UP", 3, TimeSpan.FromSeconds(15)), Is.True, edge.Output);

        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var redirect = await plain.GetAsync($"http://127.0.0.1:{edge.Site.HttpPort}/x");
        using var client = edge.Client();
        var ui = await client.GetAsync($"https://fabio.{EdgeFixtures.Domain}/health");

        Assert.That((int)redirect.StatusCode, Is.EqualTo(301));
        Assert.That(redirect.Headers.Location?.ToString(), Does.StartWith("https://"));
        Assert.That((int)ui.StatusCode, Is.EqualTo(200));
        Assert.That(ui.Headers.GetValues("Strict-Transport-Security").Single(), Is.EqualTo("max-age=63072000"));
    }

    [Test]
    public async Task Prometheus_scrapes_the_metrics_without_a_password_and_the_stats_page_asks_for_one()
    {
        using var edge = new LiveEdge(endToEndTls: false);
        Assert.That(await edge.WaitForAsync(EdgeHaproxyModel.FabioBackend, "UP", 3, TimeSpan.FromSeconds(15)), Is.True, edge.Output);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var stats = $"http://127.0.0.1:{edge.Site.StatsPort}";

        var metrics = await client.GetAsync($"{stats}/metrics");
        var page = await client.GetAsync($"{stats}/stats");
        using var withPassword = new HttpRequestMessage(HttpMethod.Get, $"{stats}/stats");
        withPassword.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"admin:{EdgeFixtures.StatsPassword}")));
        var authorized = await client.SendAsync(withPassword);

        Assert.That((int)metrics.StatusCode, Is.EqualTo(200));
        Assert.That(await metrics.Content.ReadAsStringAsync(), Does.Contain("# HELP haproxy_process_nbthread"), "HAProxy's Prometheus exporter answers");
        Assert.That((int)page.StatusCode, Is.EqualTo(401));
        Assert.That((int)authorized.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task End_to_end_tls_accepts_backends_with_a_lab_ca_certificate_and_refuses_another_ca()
    {
        using var edge = new LiveEdge(endToEndTls: true, foreignBackend: 2);
        Assert.That(await edge.WaitForAsync(EdgeHaproxyModel.FabioBackend, "UP", 3, TimeSpan.FromSeconds(15)), Is.True, edge.Output);

        var (ok, failed, failures) = await edge.LoadAsync(60, TimeSpan.FromSeconds(2), $"echo.{EdgeFixtures.Domain}");

        // The health port is plain HTTP, so the checks pass; the traffic port's certificate is what is refused.
        Assert.That(failed, Is.Zero, string.Join("\n", failures.Take(5)));
        Assert.That(edge.Backends[0].Served + edge.Backends[1].Served, Is.EqualTo(ok));
        Assert.That(edge.Backends[2].Served, Is.Zero, "a backend with a certificate from another CA got requests");
    }

    [Test]
    public async Task The_origin_certificate_is_served_for_the_pis_own_name_and_verifies_against_the_lab_ca()
    {
        using var edge = new LiveEdge(endToEndTls: false);

        var own = await edge.ServedCertificateAsync("rpi1.lab.example.com");
        var other = await edge.ServedCertificateAsync("echo.lab.example.com");

        Assert.That(own.GetNameInfo(X509NameType.DnsName, false), Is.EqualTo("rpi1.lab.example.com"));
        Assert.That(other.GetNameInfo(X509NameType.DnsName, false), Is.EqualTo("lab.example.com"));
    }

    /// <summary>HAProxy with the seed's rendered config, moved to loopback, in front of three stand-in Fabios.</summary>
    private sealed class LiveEdge : IDisposable
    {
        private readonly TemporaryFolder _folder = new();
        private readonly TestPki _pki = new("lab root");
        private readonly TestPki _foreign = new("another root");
        private readonly LiveProcess _haproxy;
        private readonly string _socket;

        public LiveEdge(bool endToEndTls, int? foreignBackend = null, IReadOnlyList<EdgeService>? services = null, int? resolverPort = null)
        {
            Site = EdgeFixtures.Site with
            {
                Address = "127.0.0.1",
                PublicAddress = "127.0.0.1",
                LabCidr = "127.0.0.0/8",
                DnsServers = ["127.0.0.1"],
                HttpPort = LiveProcess.FreePort(),
                HttpsPort = LiveProcess.FreePort(),
                StatsPort = LiveProcess.FreePort(),
                FabioProxyPort = LiveProcess.FreePort(),
                FabioUiPort = LiveProcess.FreePort(),
                JobNodes = [.. Nodes.Select((ip, i) => new EdgeNode($"vs{i}", ip.ToString()))],
                EndToEndTls = endToEndTls,
                Services = services,
                CaFile = _folder.Write("lab-ca.pem", _pki.RootPem),
            };
            Backends = [.. Nodes.Select((ip, i) => new StandInBackend($"vs{i}", ip, Site.FabioProxyPort, Site.FabioUiPort,
                !endToEndTls ? null : (i == foreignBackend ? _foreign : _pki).Issue([FabioContract.TlsName])))];
            _socket = Path.Combine(_folder.Path, "admin.sock");
            var model = EdgeHaproxyModel.From(Site, EdgeFixtures.StatsPassword) with
            {
                Process = new HaproxyProcess(_socket, null, null, null),
                Resolvers = resolverPort is { } port ? [new DnsServer("127.0.0.1", port)] : [new DnsServer("127.0.0.1", 53)],
                Certificates =
                [
                    _folder.Write("public.pem", _pki.HaproxyPem(_pki.Issue(["lab.example.com", "*.lab.example.com"]))),
                    _folder.Write("origin.pem", _pki.HaproxyPem(_pki.Issue(["rpi1.lab.example.com"]))),
                ],
            };
            var config = _folder.Write("haproxy.cfg", HaproxyConfigRenderer.Render(model));
            _haproxy = new LiveProcess("haproxy", ["-db", "-f", config]);
        }

        public EdgeSite Site { get; }

        public IReadOnlyList<StandInBackend> Backends { get; }

        public string Output => _haproxy.Output;

        public bool HasExited => _haproxy.HasExited;

        public HttpClient Client() => new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 16,
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, Site.HttpsPort, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, _) => Trusted(certificate) },
        })
        { Timeout = TimeSpan.FromSeconds(10) };

        /// <summary>Sends <paramref name="count"/> GETs spread evenly over <paramref name="over"/>, 16 at most in flight.</summary>
        public async Task<(int Ok, int Failed, IReadOnlyList<string> Failures)> LoadAsync(int count, TimeSpan over, string host)
        {
            using var client = Client();
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            var ok = 0;
            var clock = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(16);
            var tasks = new List<Task>();
            for (var i = 0; i < count; i++)
            {
                var due = over * i / count;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
                await gate.WaitAsync();
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        using var response = await client.GetAsync($"https://{host}/");
                        if (response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref ok);
                        }
                        else
                        {
                            failures.Add($"{(int)response.StatusCode} at {clock.ElapsedMilliseconds} ms");
                        }
                    }
                    catch (HttpRequestException e)
                    {
                        failures.Add($"{e.Message} at {clock.ElapsedMilliseconds} ms");
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }
            await Task.WhenAll(tasks);
            return (ok, failures.Count, [.. failures]);
        }

        public async Task<bool> WaitForAsync(string backend, string status, int servers, TimeSpan timeout) =>
            await LiveProcess.WaitAsync(async () => File.Exists(_socket)
                && (await HaproxyStatsSocket.StatusesAsync(_socket, backend)).Values.Count(s => s == status) == servers, timeout);

        public Task<IReadOnlyDictionary<string, string>> StatusesAsync(string backend) => HaproxyStatsSocket.StatusesAsync(_socket, backend);

        public async Task<bool> WaitForServerAsync(string backend, string server, string status, TimeSpan timeout) =>
            await LiveProcess.WaitAsync(async () => File.Exists(_socket)
                && (await HaproxyStatsSocket.StatusesAsync(_socket, backend)).GetValueOrDefault(server) == status, timeout);

        /// <summary>The certificate HAProxy serves for SNI <paramref name="serverName"/>, verified against the lab CA.</summary>
        public async Task<X509Certificate2> ServedCertificateAsync(string serverName)
        {
            await LiveProcess.WaitAsync(() => Task.FromResult(File.Exists(_socket)), TimeSpan.FromSeconds(10));
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, Site.HttpsPort);
            await using var tls = new SslStream(tcp.GetStream(), false, (_, certificate, _, _) => Trusted(certificate));
            await tls.AuthenticateAsClientAsync(serverName);
            return new X509Certificate2(tls.RemoteCertificate!);
        }

        public void Dispose()
        {
            _haproxy.Dispose();
            foreach (var backend in Backends)
            {
                backend.Dispose();
            }
            _pki.Dispose();
            _foreign.Dispose();
            _folder.Dispose();
        }

        private bool Trusted(X509Certificate? certificate)
        {
            if (certificate is null)
            {
                return false;
            }
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(_pki.Root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(new X509Certificate2(certificate));
        }
    }
}
