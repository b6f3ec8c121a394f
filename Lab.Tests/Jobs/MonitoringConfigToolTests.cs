using System.Text.Json;
using Lab.Components.Jobs;
using Lab.Tests.Support;

namespace Lab.Tests.Jobs;

/// <summary>
/// The monitoring jobs' own config files, checked by the real tools where Debian has them: Prometheus's config by
/// <c>promtool check config</c> (Debian's prometheus package). Loki, Alloy and Grafana are not in Debian; their files
/// are checked for what can be checked here (Grafana's dashboard is JSON).
/// </summary>
[Parallelizable(ParallelScope.All)]
public class MonitoringConfigToolTests
{
    private static readonly MonitoringSettings Monitoring = new()
    {
        Placement = new JobPlacement(["dc1"], "general", 3),
        Domain = "lab.example.com",
        NomadAgents = ["192.168.10.120", "192.168.10.130"],
        ConsulAgents = ["192.168.10.120", "192.168.10.130"],
        HaproxyMetrics = "192.168.10.80:1936",
    };

    [TestCase(true)]
    [TestCase(false)]
    public void Prometheus_config_passes_promtool_check_config(bool haproxy)
    {
        var settings = haproxy ? Monitoring : Monitoring with { HaproxyMetrics = null };
        var config = Template(MonitoringJobs.Create(MonitoringJobs.Prometheus, settings), "local/prometheus.yml");
        using var folder = new TemporaryFolder();
        using var pki = new TestPki("prometheus test CA");
        // The files the task finds in its secrets/ folder (rendered there from the job's Variable) stand in a temporary one.
        folder.Write("lab-ca.pem", pki.RootPem);
        folder.Write("consul-token", "00000000-0000-0000-0000-000000000000");
        var checkable = WithoutConsulDiscovery(config);
        var path = folder.Write("prometheus.yml", checkable.Replace("/secrets/", folder.Path + "/", StringComparison.Ordinal));

        var result = Processes.RunTool("promtool", ["check", "config", path], "prometheus");

        Assert.That(result.ExitCode, Is.Zero, $"promtool rejects prometheus.yml:\n{result.Describe()}");
        Assert.That(result.StdOut + result.StdErr, Does.Contain("SUCCESS"));
        Assert.That(config, haproxy ? Does.Contain("job_name: haproxy") : Does.Not.Contain("job_name: haproxy"));
    }

    [Test]
    public void Promtool_rejects_a_broken_prometheus_config_so_the_check_above_can_fail()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("prometheus.yml", "scrape_configs:\n  - job_name: nomad\n    schem: https\n");

        var result = Processes.RunTool("promtool", ["check", "config", path], "prometheus");

        Assert.That(result.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void Grafanas_provisioned_dashboard_is_json_with_a_uid_and_panels()
    {
        var dashboard = MonitoringJobs.Create(MonitoringJobs.Grafana, Monitoring).Groups
            .SelectMany(group => group.Tasks).SelectMany(task => task.Templates)
            .Single(template => template.Destination.EndsWith(".json", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(dashboard.Data);

        Assert.That(json.RootElement.GetProperty("uid").GetString(), Is.Not.Empty);
        Assert.That(json.RootElement.GetProperty("panels").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Debians_promtool_lacks_consul_discovery_so_only_that_job_is_left_out_of_its_check()
    {
        var config = Template(MonitoringJobs.Create(MonitoringJobs.Prometheus, Monitoring), "local/prometheus.yml");

        Assert.That(config, Does.Contain("consul_sd_configs"));
        Assert.That(WithoutConsulDiscovery(config), Does.Not.Contain("consul_sd_configs").And.Contain("job_name: nomad").And.Contain("job_name: consul").And.Contain("job_name: haproxy"));
    }

    /// <summary>
    /// The config without its one job that finds targets in Consul's catalogue: Debian builds Prometheus without the
    /// Consul discovery ("field consul_sd_configs not found"); that job's fields follow Prometheus's
    /// consul_sd_config reference (server, scheme, services, tls_config, authorization).
    /// </summary>
    private static string WithoutConsulDiscovery(string config)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in config.Split('\n'))
        {
            if (line.StartsWith("  - job_name: ", StringComparison.Ordinal))
            {
                skipping = line == "  - job_name: node";
            }

            if (!skipping)
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept);
    }

    private static string Template(NomadJob job, string destination) =>
        job.Groups.SelectMany(group => group.Tasks).SelectMany(task => task.Templates).Single(template => template.Destination == destination).Data;
}
