using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CloudflaredServiceTests
{
    [Test]
    public void Unit_matches_its_golden_file() =>
        Golden.AssertMatches("CloudflaredService.unit.service", CloudflaredService.Unit("homelab"));

    [Test]
    public void Unit_runs_a_remotely_managed_tunnel_with_the_token_from_its_environment_file_only()
    {
        var lines = CloudflaredService.Unit("homelab").Split('\n');

        Assert.That(lines, Does.Contain("ExecStart=/usr/bin/cloudflared --no-autoupdate tunnel run"));
        Assert.That(lines, Does.Contain("EnvironmentFile=/etc/cloudflared/tunnel.env"));
        Assert.That(lines.Where(l => l.Contains("token", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Environment=", StringComparison.Ordinal)), Is.Empty,
            "the unit names no token and sets no variable itself");
    }

    [Test]
    public void Unit_passes_systemd_analyze_verify()
    {
        using var folder = new TemporaryFolder();
        // verify checks that ExecStart's binary exists; cloudflared is not in Debian, so a stand-in takes its path.
        var unit = folder.Write("cloudflared.service", CloudflaredService.Unit("homelab").Replace(CloudflaredService.Binary, "/bin/true", StringComparison.Ordinal));

        var result = Processes.RunTool("systemd-analyze", ["verify", unit], "systemd");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdErr, Is.Empty, "systemd-analyze warned about the unit");
    }

    [Test]
    public void Unit_sandboxes_cloudflared_to_an_exposure_of_at_most_2_by_systemd_analyze_security()
    {
        using var folder = new TemporaryFolder();
        var unit = folder.Write("cloudflared.service", CloudflaredService.Unit("homelab"));

        // --threshold takes tenths: exit status 1 when the exposure is above 2.0.
        var result = Processes.RunTool("systemd-analyze", ["security", "--offline=true", "--threshold=20", "--no-pager", unit], "systemd");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    [Test]
    public void Environment_file_sets_tunnel_token_and_nothing_else() =>
        Assert.That(CloudflaredService.EnvironmentFile("eyJhIjoiMSJ9"), Is.EqualTo("TUNNEL_TOKEN=eyJhIjoiMSJ9\n"));

    [Test]
    public void Environment_file_shows_a_redacted_token_as_such() =>
        Assert.That(CloudflaredService.EnvironmentFile("[secret]"), Is.EqualTo("TUNNEL_TOKEN=[secret]\n"));

    [TestCase("eyJh\nX=1")] // a second line would set another variable
    [TestCase("eyJh IjoiMSJ9")] // systemd would cut the value at the blank
    [TestCase("\"eyJh\"")] // and strip quotes
    public void Environment_file_refuses_a_token_systemd_would_misread(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => CloudflaredService.EnvironmentFile(token));

        Assert.That(error!.Message, Does.StartWith("the tunnel token must be base64"));
    }

    [Test]
    public void Unit_refuses_a_tunnel_name_that_would_break_its_description()
    {
        var error = Assert.Throws<ArgumentException>(() => CloudflaredService.Unit("home\nExecStartPre=/bin/evil"));

        Assert.That(error!.Message, Does.StartWith("tunnel name 'home"));
    }
}
