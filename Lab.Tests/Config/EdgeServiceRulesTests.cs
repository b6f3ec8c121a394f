using Lab.Infra.Config;

namespace Lab.Tests.Config;

/// <summary>
/// Which public hostnames the edge sends straight to a Consul service with discovery at the edge, and what it warns
/// about <c>homelab:edge.services</c>: the derived names must be services the lab's jobs really register.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class EdgeServiceRulesTests
{
    [Test]
    public void The_shipped_lab_stack_maps_echo_to_http_echo_and_fabio_to_fabio_ui()
    {
        var lab = TestConfigs.ReadStack("lab");
        var discovery = lab with { Features = lab.Features with { ConsulDiscoveryAtEdge = true } };

        Assert.That(EdgeRules.EdgeServices(discovery), Is.EqualTo(new[]
        {
            new EdgeServiceConfig("echo.lab.example.com", "http-echo"),
            new EdgeServiceConfig("fabio.lab.example.com", "fabio-ui"),
        }));
        Assert.That(LabConfigValidator.Validate(discovery), Is.Empty);
    }

    [TestCase("""["echo","fabio","grafana","hello"]""", false, """["fabio","http-echo"]""", "echo=http-echo fabio=fabio-ui")] // grafana without monitoring and hello: to Fabio
    [TestCase("""["echo","fabio","grafana","hello"]""", true, """["fabio","http-echo"]""", "echo=http-echo fabio=fabio-ui grafana=grafana")] // grafana with monitoring
    [TestCase("""["echo","fabio"]""", false, """["fabio"]""", "fabio=fabio-ui")] // http-echo not run: echo goes to Fabio
    [TestCase("""["http-echo","fabio-ui","prometheus"]""", true, """["fabio","http-echo"]""", "")] // service names are no host labels; Prometheus is not public
    public void Derived_hostnames_are_those_whose_first_label_names_a_service_of_a_job_the_stack_runs(string labels, bool monitoring, string jobs, string expected)
    {
        var hostnames = string.Join(",", System.Text.Json.JsonSerializer.Deserialize<string[]>(labels)!.Select(l => $$"""{"hostname":"{{l}}.lab.example.com"}"""));
        var config = TestConfigs.Read(TestConfigs.Seed($$"""
            {"cloudflare":{"accountId":"{{TestConfigs.AccountId}}","zoneId":"{{TestConfigs.ZoneId}}","publicHostnames":[{{hostnames}},{"hostname":"*.lab.example.com"}]},
             "features":{"consulDiscoveryAtEdge":true,"monitoring":{{(monitoring ? "true" : "false")}}},"jobs":{{jobs}}}
            """));

        var derived = EdgeRules.EdgeServices(config).Select(s => $"{s.Hostname[..s.Hostname.IndexOf('.', StringComparison.Ordinal)]}={s.Service}");

        Assert.That(string.Join(" ", derived), Is.EqualTo(expected));
    }

    [Test]
    public void Listed_services_are_used_as_given_even_when_no_lab_job_registers_them()
    {
        var config = Discovery("""[{"hostname":"hello.lab.example.com","service":"hello"},{"hostname":"echo.lab.example.com","service":"http-echo"}]""");

        Assert.That(EdgeRules.EdgeServices(config), Is.EqualTo(new[]
        {
            new EdgeServiceConfig("hello.lab.example.com", "hello"),
            new EdgeServiceConfig("echo.lab.example.com", "http-echo"),
        }));
        Assert.That(LabConfigValidator.Validate(config), Is.Empty, "another stack's service is no error");
    }

    [Test]
    public void Warnings_name_each_listed_service_no_job_of_the_stack_registers()
    {
        var config = Discovery("""[{"hostname":"echo.lab.example.com","service":"http-echo"},{"hostname":"hello.lab.example.com","service":"hello"},{"hostname":"grafana.lab.example.com","service":"grafana"}]""");

        Assert.That(LabConfigValidator.Warnings(config).Where(w => w.Contains("edge.services", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "homelab:edge.services[1].service 'hello' is no service of the lab's own jobs (http-echo, fabio, fabio-ui, grafana): the edge sends "
            + "'hello.lab.example.com' to it once another stack registers it in Consul, checks it by TCP connect only and speaks plain HTTP to it",
            "homelab:edge.services[2].service 'grafana' is registered by the job grafana, which this stack does not run (homelab:features.monitoring is false), "
            + "so 'grafana.lab.example.com' answers 503 until another stack registers it",
        }));
    }

    [Test]
    public void Discovery_with_no_service_to_discover_is_a_warning_not_an_error()
    {
        // It used to be an error, though such an edge works: every host through Fabio, found through Consul.
        var lab = TestConfigs.ReadStack("lab");
        var config = lab with
        {
            Features = lab.Features with { ConsulDiscoveryAtEdge = true },
            Cloudflare = lab.Cloudflare with { PublicHostnames = [new PublicHostname { Hostname = "www.lab.example.com" }] },
        };

        Assert.That(LabConfigValidator.Validate(config), Is.Empty);
        Assert.That(LabConfigValidator.Warnings(config), Has.One.StartsWith(
            "homelab:features.consulDiscoveryAtEdge is true, but homelab:edge.services is empty and no public hostname names a service of the lab's jobs "
            + "(http-echo, fabio, fabio-ui, grafana), so every host goes through Fabio, as without discovery; send a hostname straight to a service with "
            + "pulumi config set --path 'homelab:edge.services[0].hostname' <name>"));
    }

    [Test]
    public void Warnings_say_nothing_of_listed_services_the_stack_runs()
    {
        var config = Discovery("""[{"hostname":"echo.lab.example.com","service":"http-echo"},{"hostname":"proxy.lab.example.com","service":"fabio"},{"hostname":"ui.lab.example.com","service":"fabio-ui"}]""");

        Assert.That(LabConfigValidator.Warnings(config).Where(w => w.Contains("edge.services", StringComparison.Ordinal)), Is.Empty);
    }

    private static LabConfig Discovery(string services) =>
        TestConfigs.Read(TestConfigs.Seed($$$"""{"features":{"consulDiscoveryAtEdge":true},"edge":{"services":{{{services}}}}}"""));
}
