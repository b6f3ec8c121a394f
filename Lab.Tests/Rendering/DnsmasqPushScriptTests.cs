using Lab.Components.Rendering;
using Lab.Tests.Edge;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class DnsmasqPushScriptTests
{
    private static readonly string Config = DnsmasqConfigRenderer.Render(EdgeFixtures.Dns);

    [Test]
    public void Script_parses_under_bash_and_passes_shellcheck()
    {
        var script = DnsmasqPushScript.Render(Config);

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void A_first_run_installs_dnsmasq_writes_the_checked_file_and_restarts_it()
    {
        using var pi = new StubHost(new Dictionary<string, string>());
        var target = pi.Path("homelab.conf");

        var result = pi.Run(DnsmasqPushScript.Render(Config, target));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[]
        {
            "apt-get update -qq",
            "apt-get install -y -qq --no-install-recommends dnsmasq",
            "systemctl enable --quiet dnsmasq",
            "systemctl restart dnsmasq",
        }));
        Assert.That(File.ReadAllText(target), Is.EqualTo(Config));
        Assert.That(Directory.GetFiles(pi.Root, ".*"), Is.Empty, "staged files are left behind");
    }

    [Test]
    public void A_run_with_the_same_file_and_dnsmasq_running_restarts_nothing()
    {
        using var pi = new StubHost(new Dictionary<string, string> { ["dnsmasq"] = "2.89-1" });
        var target = pi.Path("homelab.conf");
        pi.Run(DnsmasqPushScript.Render(Config, target));
        pi.ClearCalls();

        var result = pi.Run(DnsmasqPushScript.Render(Config, target));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[] { "systemctl enable --quiet dnsmasq", "systemctl is-active --quiet dnsmasq" }));
    }

    [Test]
    public void A_config_dnsmasq_rejects_leaves_the_running_one_and_fails()
    {
        using var pi = new StubHost(new Dictionary<string, string> { ["dnsmasq"] = "2.89-1" });
        var target = pi.Path("homelab.conf");
        pi.Run(DnsmasqPushScript.Render(Config, target));
        pi.ClearCalls();

        var result = pi.Run(DnsmasqPushScript.Render(Config + "no-such-option\n", target));

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StdErr, Does.Contain("dnsmasq --test rejects the new config; the running one stays"));
        Assert.That(File.ReadAllText(target), Is.EqualTo(Config));
        Assert.That(pi.Calls, Is.Empty, "nothing restarted");
        Assert.That(Directory.GetFiles(pi.Root, ".*"), Is.Empty, "staged files are left behind");
    }
}
