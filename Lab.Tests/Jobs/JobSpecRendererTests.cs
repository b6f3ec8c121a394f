using System.Text.Json;
using Lab.Components.Jobs;
using Lab.Tests.Support;

namespace Lab.Tests.Jobs;

[Parallelizable(ParallelScope.All)]
public class JobSpecRendererTests
{
    private static readonly JobPlacement Placement = new(["dc1"], "general", 3);

    private static readonly MonitoringSettings Monitoring = new()
    {
        Placement = Placement,
        Domain = "lab.example.com",
        NomadAgents = ["192.168.10.120", "192.168.10.130"],
        ConsulAgents = ["192.168.10.120", "192.168.10.130"],
        HaproxyMetrics = "192.168.10.80:1936",
    };

    public static IEnumerable<TestCaseData> Jobs()
    {
        yield return new TestCaseData("Fabio", FabioJob.Create(Placement, tls: false));
        yield return new TestCaseData("FabioTls", FabioJob.Create(Placement, tls: true));
        yield return new TestCaseData("HttpEcho", HttpEchoJob.Create(Placement, "lab.example.com"));
        foreach (var id in MonitoringJobs.Ids)
        {
            yield return new TestCaseData(id, MonitoringJobs.Create(id, Monitoring));
        }
    }

    [TestCaseSource(nameof(Jobs))]
    public void Every_lab_job_renders_as_its_golden_file(string name, NomadJob job)
    {
        Golden.AssertMatches($"JobSpecRenderer.{name}.json", JobSpecRenderer.Render(job));
    }

    [TestCaseSource(nameof(Jobs))]
    public void Every_key_of_a_lab_job_is_a_field_of_nomads_api_structs(string name, NomadJob job)
    {
        Assert.That(NomadApiFields.UnknownKeys(JobSpecRenderer.Render(job)), Is.Empty);
    }

    [TestCaseSource(nameof(Jobs))]
    public void Every_task_runs_on_podman_and_logs_to_journald(string name, NomadJob job)
    {
        using var spec = JsonDocument.Parse(JobSpecRenderer.Render(job));
        var tasks = spec.RootElement.GetProperty("Job").GetProperty("TaskGroups").EnumerateArray().SelectMany(g => g.GetProperty("Tasks").EnumerateArray()).ToList();

        Assert.That(tasks, Is.Not.Empty);
        Assert.That(tasks.Select(t => t.GetProperty("Driver").GetString()), Is.All.EqualTo("podman"));
        Assert.That(tasks.Select(t => t.GetProperty("Config").GetProperty("logging").GetProperty("driver").GetString()), Is.All.EqualTo("journald"));
    }

    [Test]
    public void Prometheus_scrapes_every_nomad_and_consul_agent_over_https_and_haproxy_and_finds_node_exporters_in_consul()
    {
        var config = MonitoringJobs.Create(MonitoringJobs.Prometheus, Monitoring).Groups[0].Tasks[0].Templates.Single(t => t.Destination == "local/prometheus.yml").Data;

        Assert.That(config, Does.Contain("      - targets: ['192.168.10.120:4646', '192.168.10.130:4646']\n"));
        Assert.That(config, Does.Contain("      - targets: ['192.168.10.120:8501', '192.168.10.130:8501']\n"));
        Assert.That(config, Does.Contain("      - targets: ['192.168.10.80:1936']\n"));
        Assert.That(config, Does.Contain("        services: [node-exporter]\n"));
        Assert.That(config, Does.Not.Contain("nomadVar"), "the token comes from a file under secrets/");
    }

    [Test]
    public void Grafana_takes_its_admin_password_from_its_variable_as_environment_and_is_routed_under_the_domain()
    {
        var group = MonitoringJobs.Create(MonitoringJobs.Grafana, Monitoring).Groups[0];
        var env = group.Tasks[0].Templates.Single(t => t.Env);

        Assert.That(env.Data, Is.EqualTo("GF_SECURITY_ADMIN_PASSWORD={{ with nomadVar \"nomad/jobs/grafana\" }}{{ .admin_password }}{{ end }}\n"));
        Assert.That(env.Destination, Does.StartWith("secrets/"));
        Assert.That(group.Services.Single().Tags, Is.EqualTo(new[] { "urlprefix-grafana.lab.example.com/" }));
        Assert.That(group.Tasks[0].Templates.Select(t => t.Destination), Does.Contain("local/provisioning/datasources/lab.yaml").And.Contain("local/dashboards/lab-overview.json"));
    }

    [Test]
    public void The_provisioned_dashboard_is_json_and_no_plain_template_holds_template_delimiters()
    {
        var grafana = MonitoringJobs.Create(MonitoringJobs.Grafana, Monitoring).Groups[0].Tasks[0].Templates;
        using var dashboard = JsonDocument.Parse(grafana.Single(t => t.Destination.EndsWith(".json", StringComparison.Ordinal)).Data);

        Assert.That(dashboard.RootElement.GetProperty("uid").GetString(), Is.EqualTo("lab-overview"));
        var plain = MonitoringJobs.Ids.SelectMany(id => MonitoringJobs.Create(id, Monitoring).Groups[0].Tasks[0].Templates).Where(t => !t.Data.Contains("nomadVar", StringComparison.Ordinal));
        Assert.That(plain.Where(t => t.Data.Contains("{{", StringComparison.Ordinal)).Select(t => t.Destination), Is.Empty, "Nomad's template runner would evaluate them");
    }

    [Test]
    public void The_log_shipper_and_node_exporter_run_on_every_job_node_and_read_the_host_through_read_only_host_volumes()
    {
        var expected = new Dictionary<string, (string Source, string Destination)[]>
        {
            [MonitoringJobs.LogShipper] = [("journal", "/var/log/journal"), ("machine-id", "/etc/machine-id")],
            [MonitoringJobs.NodeExporter] = [("host-root", "/host")],
        };
        foreach (var (id, mounts) in expected)
        {
            var job = MonitoringJobs.Create(id, Monitoring);
            using var spec = JsonDocument.Parse(JobSpecRenderer.Render(job));
            var group = spec.RootElement.GetProperty("Job").GetProperty("TaskGroups")[0];
            var task = group.GetProperty("Tasks")[0];

            Assert.That(job.Type, Is.EqualTo(JobType.System), id);
            Assert.That(task.GetProperty("Config").TryGetProperty("volumes", out _), Is.False, $"{id}: no Podman bind mount");
            Assert.That(
                group.GetProperty("Volumes").EnumerateObject().Select(v => (v.Name, v.Value.GetProperty("Type").GetString(), v.Value.GetProperty("Source").GetString(), v.Value.GetProperty("ReadOnly").GetBoolean())),
                Is.EquivalentTo(mounts.Select(m => (m.Source, (string?)"host", (string?)m.Source, true))),
                id);
            Assert.That(
                task.GetProperty("VolumeMounts").EnumerateArray().Select(m => (m.GetProperty("Volume").GetString(), m.GetProperty("Destination").GetString(), m.GetProperty("ReadOnly").GetBoolean())),
                Is.EqualTo(mounts.Select(m => ((string?)m.Source, (string?)m.Destination, true))),
                id);
        }
    }

    [Test]
    public void Durations_are_written_as_go_nanoseconds()
    {
        using var spec = JsonDocument.Parse(JobSpecRenderer.Render(HttpEchoJob.Create(Placement, "lab.example.com")));
        var check = spec.RootElement.GetProperty("Job").GetProperty("TaskGroups")[0].GetProperty("Services")[0].GetProperty("Checks")[0];

        Assert.That(check.GetProperty("Interval").GetInt64(), Is.EqualTo(2_000_000_000L));
        Assert.That(check.GetProperty("Timeout").GetInt64(), Is.EqualTo(1_000_000_000L));
    }

    [Test]
    public void Fabio_is_a_system_job_on_the_job_nodes_with_static_proxy_and_ui_ports_on_the_host_network()
    {
        var job = FabioJob.Create(Placement, tls: false);
        var group = job.Groups.Single();

        Assert.Multiple(() =>
        {
            Assert.That(job.Type, Is.EqualTo(JobType.System));
            Assert.That(job.Constraints, Is.EqualTo(new[] { new JobConstraint("${node.class}", "=", "general") }));
            Assert.That(group.Ports, Is.EqualTo(new[] { new JobPort("proxy", 9999), new JobPort("ui", 9998) }));
            Assert.That(group.Tasks.Single().HostNetwork, Is.True);
            Assert.That(group.Services.Select(s => (s.Name, s.Port)), Is.EqualTo(new[] { ("fabio", "proxy"), ("fabio-ui", "ui") }));
            Assert.That(group.Services.SelectMany(s => s.Checks).Select(c => (c.Type, c.Port, c.Path)), Is.All.EqualTo(("http", "ui", "/health")));
        });
    }

    [Test]
    public void Fabio_reads_consul_over_https_with_its_token_from_its_variable_and_never_registers_itself()
    {
        var properties = FabioJob.Create(Placement, tls: false).Groups[0].Tasks[0].Templates.Single(t => t.Destination == "secrets/fabio.properties").Data;

        Assert.That(properties, Does.Contain("registry.consul.addr = https://127.0.0.1:8501\n"));
        Assert.That(properties, Does.Contain("registry.consul.tls.cafile = /secrets/lab-ca.pem\n"));
        Assert.That(properties, Does.Contain("registry.consul.token = {{ with nomadVar \"nomad/jobs/fabio\" }}{{ .consul_token }}{{ end }}\n"));
        Assert.That(properties, Does.Contain("registry.consul.register.enabled = false\n"));
        Assert.That(properties, Does.Contain("proxy.addr = :9999\n"));
    }

    [Test]
    public void Fabio_with_tls_serves_https_on_the_proxy_port_with_the_certificate_from_its_variable()
    {
        var task = FabioJob.Create(Placement, tls: true).Groups[0].Tasks[0];
        var properties = task.Templates.Single(t => t.Destination == "secrets/fabio.properties").Data;

        Assert.That(properties, Does.Contain("proxy.addr = :9999;proto=https;cs=lab\nproxy.cs = cs=lab;type=file;cert=/secrets/fabio.pem;key=/secrets/fabio-key.pem\n"));
        Assert.That(task.Templates.Single(t => t.Destination == "secrets/fabio-key.pem"), Has.Property(nameof(JobTemplate.Perms)).EqualTo("0600")
            .And.Property(nameof(JobTemplate.Data)).EqualTo("{{ with nomadVar \"nomad/jobs/fabio\" }}{{ .tls_key }}{{ end }}"));
    }

    [Test]
    public void Http_echo_routes_echo_under_the_domain_and_checks_health_every_2_seconds()
    {
        var service = HttpEchoJob.Create(Placement, "lab.example.com").Groups[0].Services.Single();

        Assert.That(service.Tags, Is.EqualTo(new[] { "urlprefix-echo.lab.example.com/" }));
        Assert.That(service.Checks.Single(), Has.Property(nameof(JobCheck.Path)).EqualTo("/health").And.Property(nameof(JobCheck.Interval)).EqualTo(TimeSpan.FromSeconds(2)));
    }

    [TestCase(1, 1)] // a one-node lab
    [TestCase(3, 2)] // two copies survive one node
    public void Http_echo_runs_at_most_two_copies_and_one_per_node(int nodes, int count)
    {
        Assert.That(HttpEchoJob.Create(Placement with { NodeCount = nodes }, "lab.example.com").Groups[0].Count, Is.EqualTo(count));
    }

    [Test]
    public void A_job_that_breaks_a_rule_is_not_rendered_and_every_failure_is_named()
    {
        var job = HttpEchoJob.Create(Placement, "lab.example.com");
        var broken = job with
        {
            Groups = [job.Groups[0] with { Services = [job.Groups[0].Services[0] with { Checks = [] }], Tasks = [job.Groups[0].Tasks[0] with { Image = "hashicorp/http-echo" }] }],
        };

        var error = Assert.Throws<ArgumentException>(() => JobSpecRenderer.Render(broken))!;
        Assert.That(error.Message, Does.StartWith(string.Join("\n",
            "job 'http-echo' group 'echo' service 'http-echo': no check; Consul would report it healthy whatever it does",
            "job 'http-echo' group 'echo' task 'echo': image 'hashicorp/http-echo' is not fully qualified as <registry host>/<repository>:<tag>")));
    }
}
