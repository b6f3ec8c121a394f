using System.Collections.Immutable;
using System.Text.Json;
using Lab.Components.Rendering;
using Lab.Infra;
using Lab.Infra.Config;
using Lab.Tests.Config;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Utilities;

namespace Lab.Tests.Stack;

/// <summary>What LabStack builds on the cluster, with the features that change it: jobs, monitoring and end-to-end TLS.</summary>
public class LabServicesTests
{
    [Test]
    public async Task Monitoring_adds_its_five_jobs_a_prometheus_token_and_a_secret_grafana_password_and_grafanas_url()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed("""{"features":{"monitoring":true}}"""));
        var jobs = mocks.Resources.Where(r => r.Type == "nomad:index/job:Job").Select(r => r.Name);
        var variables = mocks.Resources.Where(r => r.Type == "nomad:index/variable:Variable").ToDictionary(r => r.Name!);

        Assert.Multiple(async () =>
        {
            Assert.That(jobs, Is.EqualTo(new[] { "jobs-fabio", "jobs-http-echo", "jobs-prometheus", "jobs-loki", "jobs-grafana", "jobs-log-shipper", "jobs-node-exporter" }));
            Assert.That(variables.Keys, Is.EquivalentTo(new[] { "jobs-fabio", "jobs-prometheus", "jobs-grafana" }));
            Assert.That(mocks.Single("consul:index/aclPolicy:AclPolicy", "jobs-prometheus").Inputs["name"], Is.EqualTo("prometheus"));
            Assert.That(((ImmutableDictionary<string, object>)variables["jobs-grafana"].Inputs["items"]).Keys, Is.EquivalentTo(new[] { "admin_password" }));
            var urls = await OutputUtilities.GetValueAsync(stack.UiUrls);
            Assert.That(urls["grafana"], Is.EqualTo("https://grafana.lab.example.com/"));
            Assert.That((await OutputUtilities.GetValueAsync(stack.JobIds)).Keys, Does.Contain("grafana").And.Contain("log-shipper"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task With_monitoring_the_clients_and_only_they_let_the_log_shipper_read_the_agents_journal(bool monitoring)
    {
        var (_, stack) = await RunAsync(TestConfigs.Seed(monitoring ? """{"features":{"monitoring":true}}""" : """{"features":{"monitoring":false}}"""));
        var grants = new List<string>();
        foreach (var file in stack.HostFiles.Where(f => f.Path == NodeBaseScript.Path))
        {
            if ((await OutputUtilities.GetValueAsync(file.Content)).Contains("u:podman:rX", StringComparison.Ordinal))
            {
                grants.Add(file.Host);
            }
        }

        Assert.That(grants, Is.EqualTo(monitoring ? new[] { "vs0", "vs1", "vs2" } : Array.Empty<string>()));
    }

    [Test]
    public async Task Memory_oversubscription_is_on_so_the_tasks_memory_max_counts_and_jobs_wait_for_it()
    {
        var (mocks, _) = await RunAsync(TestConfigs.Seed());
        var scheduler = mocks.Single("nomad:index/schedulerConfig:SchedulerConfig", "nomad-scheduler");

        Assert.That(scheduler.Inputs["memoryOversubscriptionEnabled"], Is.True);
        Assert.That(((ImmutableDictionary<string, object>)scheduler.Inputs["preemptionConfig"])["system_scheduler_enabled"], Is.True, "Nomad's default, which the provider would otherwise turn off");
        Assert.That(scheduler.Provider, Does.Contain("pulumi:providers:nomad::nomad::"));
    }

    [Test]
    public async Task End_to_end_tls_issues_fabio_a_certificate_for_its_consul_name_from_the_lab_ca_and_hands_it_over_secret()
    {
        var (mocks, _) = await RunAsync(TestConfigs.Seed("""{"features":{"endToEndTls":true}}"""));
        var csr = mocks.Single("tls:index/certRequest:CertRequest", "jobs-fabio-csr");
        var variable = mocks.Single("nomad:index/variable:Variable", "jobs-fabio");
        var spec = (string)mocks.Single("nomad:index/job:Job", "jobs-fabio").Inputs["jobspec"];

        Assert.That((ImmutableArray<object>)csr.Inputs["dnsNames"], Does.Contain("fabio.service.consul"));
        Assert.That(mocks.Single("tls:index/locallySignedCert:LocallySignedCert", "jobs-fabio-cert").Inputs["caCertPem"], Is.EqualTo("fake-cert-of-lab-ca-root-cert"));
        Assert.That(((ImmutableDictionary<string, object>)variable.Inputs["items"]).Keys, Is.EquivalentTo(new[] { "ca_pem", "consul_token", "tls_cert", "tls_key" }));
        Assert.That(spec, Does.Contain("proxy.addr = :9999;proto=https;cs=lab"));
        Assert.That(spec, Does.Not.Contain(RecordingMocks.FakeSecret("jobs-fabio-key")));
    }

    [Test]
    public async Task Fabios_consul_token_is_read_back_by_accessor_through_the_consul_provider_and_stays_secret()
    {
        var (mocks, _) = await RunAsync(TestConfigs.Seed());
        var call = mocks.Calls.Single(c => c.Token == "consul:index/getAclTokenSecretId:getAclTokenSecretId");

        Assert.That(call.Args["accessorId"], Is.EqualTo("jobs-fabio_id"));
        Assert.That(call.Provider, Does.Contain("pulumi:providers:consul::consul::"));
    }

    [Test]
    public async Task A_compact_lab_places_jobs_on_its_compact_servers()
    {
        var (mocks, _) = await RunAsync(TestConfigs.Seed("""{"topology":"compact"}"""));
        using var spec = JsonDocument.Parse((string)mocks.Single("nomad:index/job:Job", "jobs-fabio").Inputs["jobspec"]);

        Assert.That(spec.RootElement.GetProperty("Job").GetProperty("Constraints")[0].GetProperty("RTarget").GetString(), Is.EqualTo("compact"));
    }

    [Test]
    public async Task Without_jobs_or_monitoring_no_job_component_exists_but_nomad_acls_do()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed("""{"jobs":[]}"""));

        Assert.That(mocks.Resources.Where(r => r.Type == "homelab:index:LabJobs"), Is.Empty);
        Assert.That(mocks.Resources.Count(r => r.Type == "nomad:index/aclToken:AclToken"), Is.EqualTo(3));
        Assert.That(await OutputUtilities.GetValueAsync(stack.JobIds), Is.Empty);
        Assert.That(await Output.IsSecretAsync(stack.NomadDeployToken), Is.True);
    }

    private static async Task<(RecordingMocks Mocks, LabStack Stack)> RunAsync(IConfigSource source)
    {
        var mocks = new RecordingMocks();
        return (mocks, await LabStackRuns.RunAsync(source, mocks));
    }
}
