using Lab.Components.Rendering;
using Lab.Tests.Edge;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class HaproxyPushScriptTests
{
    [Test]
    public void Script_parses_under_bash_and_passes_shellcheck()
    {
        var script = HaproxyPushScript.Render(HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(EdgeFixtures.Site, EdgeFixtures.StatsPassword)),
            [new FileToWrite(EdgePaths.CaFile, "ca\n", "0644", "root", "root"), new FileToWrite(EdgePaths.OriginPem, "pem\n", "0640", "root", "haproxy")]);

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void A_first_run_installs_haproxy_writes_certificates_and_config_and_starts_it()
    {
        using var edge = new Edge();

        var result = edge.Push(edge.Config);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(edge.Host.Calls, Is.EqualTo(new[]
        {
            "apt-get update -qq",
            "apt-get install -y -qq --no-install-recommends haproxy",
            "systemctl enable --quiet haproxy",
            "systemctl is-active --quiet haproxy",
            "systemctl start haproxy",
        }));
        Assert.That(File.ReadAllText(edge.ConfigPath), Is.EqualTo(edge.Config));
        Assert.That(Processes.Run("stat", ["-c", "%a", edge.ConfigPath]).StdOut.Trim(), Is.EqualTo("640"));
        Assert.That(Processes.Run("stat", ["-c", "%a", edge.Host.Path("certs/origin.pem")]).StdOut.Trim(), Is.EqualTo("640"));
        Assert.That(Processes.Run("stat", ["-c", "%a", edge.Host.Path("certs/lab-ca.pem")]).StdOut.Trim(), Is.EqualTo("644"));
    }

    [Test]
    public void A_changed_config_is_reloaded_never_restarted()
    {
        using var edge = new Edge();
        edge.Push(edge.Config);
        edge.Host.ClearCalls();

        var result = edge.Push(edge.Config.Replace("timeout client 30s", "timeout client 31s", StringComparison.Ordinal));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(edge.Host.Calls, Is.EqualTo(new[] { "systemctl enable --quiet haproxy", "systemctl is-active --quiet haproxy", "systemctl reload haproxy" }));
    }

    [Test]
    public void An_unchanged_run_reloads_nothing()
    {
        using var edge = new Edge();
        edge.Push(edge.Config);
        edge.Host.ClearCalls();

        var result = edge.Push(edge.Config);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(edge.Host.Calls, Is.EqualTo(new[] { "systemctl enable --quiet haproxy", "systemctl is-active --quiet haproxy" }));
    }

    [Test]
    public void A_config_haproxy_rejects_leaves_the_running_one_and_fails()
    {
        using var edge = new Edge();
        edge.Push(edge.Config);
        edge.Host.ClearCalls();

        var result = edge.Push(edge.Config + "    no-such-keyword\n");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StdErr, Does.Contain("haproxy -c rejects the new config; the running one stays"));
        Assert.That(File.ReadAllText(edge.ConfigPath), Is.EqualTo(edge.Config));
        Assert.That(edge.Host.Calls, Is.Empty, "nothing reloaded");
    }

    [Test]
    public void Another_haproxy_series_is_refused()
    {
        using var host = new StubHost(new Dictionary<string, string> { ["haproxy"] = "2.8.5-1" });

        var result = host.Run(HaproxyPushScript.Render("global\n", [], host.Path("haproxy.cfg"), "root"));

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StdErr, Does.Contain("HAProxy 2.8.5-1 is installed; the edge's config is written for 2.6.x"));
    }

    /// <summary>The seed's edge with its certificate and config paths moved under a stub host.</summary>
    private sealed class Edge : IDisposable
    {
        private readonly TestPki _pki = new("test root");
        private readonly string _originPem;

        public Edge()
        {
            Host = new StubHost(new Dictionary<string, string>());
            _originPem = _pki.HaproxyPem(_pki.Issue(["rpi1.lab.example.com"]));
            ConfigPath = Host.Path("haproxy.cfg");
            var site = EdgeFixtures.Site with { CaFile = Host.Path("certs/lab-ca.pem") };
            Config = HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(site, EdgeFixtures.StatsPassword) with
            {
                Certificates = [Host.Path("certs/origin.pem")],
            });
        }

        public StubHost Host { get; }

        public string ConfigPath { get; }

        public string Config { get; }

        public ProcessResult Push(string config) => Host.Run(HaproxyPushScript.Render(config,
        [
            new FileToWrite(Host.Path("certs/lab-ca.pem"), _pki.RootPem, "0644", "root", "root"),
            new FileToWrite(Host.Path("certs/origin.pem"), _originPem, "0640", "root", "haproxy"),
        ], ConfigPath, "haproxy"));

        public void Dispose()
        {
            Host.Dispose();
            _pki.Dispose();
        }
    }
}
