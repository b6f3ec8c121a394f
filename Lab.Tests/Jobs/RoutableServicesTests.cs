using Lab.Components.Jobs;

namespace Lab.Tests.Jobs;

/// <summary>
/// What the edge believes of the lab's own services (<see cref="RoutableServices"/>) is what their jobs register in
/// Consul: the service name, the HTTP check's path and port, and TLS only where the job serves a lab-CA certificate.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class RoutableServicesTests
{
    private static readonly JobPlacement Placement = new(["dc1"], "general", 3);

    private static readonly MonitoringSettings Monitoring = new()
    {
        Placement = Placement,
        Domain = "lab.example.com",
        NomadAgents = ["192.168.10.120"],
        ConsulAgents = ["192.168.10.120"],
        HaproxyMetrics = "192.168.10.80:1936",
    };

    public static IEnumerable<RoutableService> All() => RoutableServices.All;

    [TestCaseSource(nameof(All))]
    public void Each_entry_is_a_service_its_job_registers_with_the_same_http_check(RoutableService expected)
    {
        var job = Job(expected.JobId, tls: false);
        var group = job.Groups.Single(g => g.Services.Any(s => s.Name == expected.Name));
        var service = group.Services.Single(s => s.Name == expected.Name);
        var check = service.Checks.Single(c => c.Type == "http");
        var checkedPort = group.Ports.Single(p => p.Label == (check.Port ?? service.Port));

        Assert.That(check.Path, Is.EqualTo(expected.HealthPath));
        // A check on another port than the service's own must be a fixed port the edge can aim at.
        Assert.That(check.Port is null || check.Port == service.Port ? null : checkedPort.Static, Is.EqualTo(expected.HealthPort));
    }

    [Test]
    public void Only_fabios_proxy_serves_tls_and_its_certificate_name_is_its_consul_dns_name()
    {
        Assert.That(RoutableServices.All.Where(s => s.ServesLabTls).Select(s => $"{s.Name}.service.consul"), Is.EqualTo(new[] { FabioJob.ServiceDnsName }));
        var properties = FabioJob.Create(Placement, tls: true).Groups[0].Tasks[0].Templates.Single(t => t.Destination == "secrets/fabio.properties").Data;
        Assert.That(properties, Does.Contain($"proxy.addr = :{FabioJob.ProxyPort};proto=https").And.Contain($"ui.addr = :{FabioJob.UiPort}\n"));
    }

    [Test]
    public void Host_labels_name_the_services_the_edge_serves_for_them_without_discovery()
    {
        Assert.That(RoutableServices.ByHostLabel.ToDictionary(p => p.Key, p => p.Value.Name), Is.EqualTo(new Dictionary<string, string>
        {
            ["echo"] = "http-echo",
            ["fabio"] = "fabio-ui",
            ["grafana"] = "grafana",
        }));
        Assert.That(HttpEchoJob.Create(Placement, "lab.example.com").Groups[0].Services.Single().Tags, Does.Contain("urlprefix-echo.lab.example.com/"));
        Assert.That(Job(MonitoringJobs.Grafana, tls: false).Groups[0].Services.Single().Tags, Does.Contain("urlprefix-grafana.lab.example.com/"));
    }

    private static NomadJob Job(string id, bool tls) => id switch
    {
        HttpEchoJob.Id => HttpEchoJob.Create(Placement, "lab.example.com"),
        FabioJob.Id => FabioJob.Create(Placement, tls),
        _ => MonitoringJobs.Create(id, Monitoring),
    };
}
