using System.Text.Json;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;
using Pulumi.Utilities;
using static Lab.Tests.Components.NomadServerClusterTests;
using static Lab.Tests.Components.ProxmoxNodeTests;

namespace Lab.Tests.Components;

public class ClientPoolTests
{
    private static Task<(ComponentRun Run, ClientPool Pool)> CreateAsync(int clients = 3, string nodeClass = "general") =>
        ComponentRun.StartAsync(run => TestLab.Pool(run, TestLab.Cluster(run), clients,
            new WorkloadSettings { NodeClass = nodeClass, Meta = new Dictionary<string, string> { ["rack"] = "pve0" } }));

    [Test]
    public async Task Pool_creates_per_client_a_node_certificate_token_and_two_agent_configs_and_one_acl_setup()
    {
        var (run, _) = await CreateAsync(clients: 1);

        Assert.That(run.TypesAndNames().SkipWhile(r => r.Name != "clients"), Is.EqualTo(new[]
        {
            ("homelab:index:ClientPool", "clients"),
            ("homelab:index:ProxmoxNode", "clients-vs0"),
            ("proxmoxve:index/vmLegacy:VmLegacy", "clients-vs0-vm"),
            ("command:remote:Command", "clients-vs0-cloud-init"),
            ("command:remote:Command", "clients-vs0-base"),
            ("tls:index/privateKey:PrivateKey", "clients-vs0-key"),
            ("tls:index/certRequest:CertRequest", "clients-vs0-csr"),
            ("tls:index/locallySignedCert:LocallySignedCert", "clients-vs0-cert"),
            ("random:index/randomUuid:RandomUuid", "clients-vs0-consul-agent-token"),
            ("command:remote:Command", "clients-vs0-consul-config"),
            ("command:remote:Command", "clients-consul-acl"),
            ("command:remote:Command", "clients-vs0-nomad-config"),
        }));
        Assert.That(run.Recorded.SkipWhile(r => r.Resource.GetResourceName() != "clients").Skip(1).Select(r => r.ParentName),
            Is.All.AnyOf("clients", "clients-vs0"));
    }

    [Test]
    public async Task Client_vms_do_not_wait_for_the_servers()
    {
        var (run, _) = await CreateAsync();

        Assert.That(await run.DependenciesOfAsync("clients-vs1-vm"), Is.Empty);
        Assert.That(await run.DependenciesOfAsync("clients-vs1-consul-config"), Does.Not.Contain("nomad-consul-acl"));
        Assert.That(await run.DependenciesOfAsync("clients-vs1-consul-config"), Is.SupersetOf(new[] { "nomad-vb0-consul-config", "nomad-vb1-consul-config", "nomad-vb2-consul-config" }),
            "Consul signals ready only once it joined a server");
    }

    [Test]
    public async Task Client_tokens_are_created_on_the_first_server_after_the_cluster_acl_setup()
    {
        var (run, _) = await CreateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(Map(run.InputsOf("clients-consul-acl")["connection"])["host"], Is.EqualTo("192.168.10.120"));
            Assert.That(await run.DependenciesOfAsync("clients-consul-acl"), Does.Contain("nomad-consul-acl"));
            Assert.That(await run.DependenciesOfAsync("clients-vs2-nomad-config"), Is.SupersetOf(new[] { "clients-consul-acl", "clients-vs2-base", "clients-vs2-consul-config" }));
            Assert.That(await run.SecretInputsOfAsync("clients-consul-acl"), Does.Contain("stdin"));
            Assert.That((string)run.InputsOf("clients-consul-acl")["stdin"], Does.Contain(RecordingMocks.FakeSecret("clients-vs2-consul-agent-token")));
        });
    }

    [Test]
    public async Task Clients_run_podman_jobs_and_join_every_server()
    {
        var (run, pool) = await CreateAsync();
        using var nomad = JsonDocument.Parse(await ContentAsync(pool, "vs0", AgentPaths.NomadConfig));
        using var consul = JsonDocument.Parse(await ContentAsync(pool, "vs0", AgentPaths.ConsulConfig));
        var client = nomad.RootElement.GetProperty("client");

        Assert.Multiple(() =>
        {
            Assert.That(nomad.RootElement.TryGetProperty("server", out var server) && server.TryGetProperty("enabled", out var enabled) && enabled.GetBoolean(), Is.False);
            Assert.That(client.GetProperty("node_class").GetString(), Is.EqualTo("general"));
            Assert.That(client.GetProperty("meta").GetProperty("rack").GetString(), Is.EqualTo("pve0"));
            Assert.That(client.GetProperty("server_join").GetProperty("retry_join").EnumerateArray().Select(e => e.GetString()),
                Is.EqualTo(new[] { "192.168.10.120", "192.168.10.121", "192.168.10.122" }));
            Assert.That(consul.RootElement.GetProperty("server").GetBoolean(), Is.False);
            Assert.That(consul.RootElement.GetProperty("acl").GetProperty("tokens").TryGetProperty("initial_management", out _), Is.False);
            Assert.That(List(run.InputsOf("clients-vs0-csr")["dnsNames"]), Is.EqualTo(new[] { "client.global.nomad", "vs0.dc1.consul", "vs0.lab.example.com", "localhost" }));
        });
    }

    [Test]
    public async Task A_nomad_only_change_restarts_nomad_and_leaves_consul_alone()
    {
        var (before, _) = await CreateAsync(clients: 1);
        var (after, _) = await CreateAsync(clients: 1, nodeClass: "gpu");

        Assert.That(Trigger(after, "clients-vs0-consul-config"), Is.EqualTo(Trigger(before, "clients-vs0-consul-config")));
        Assert.That(Trigger(after, "clients-vs0-nomad-config"), Is.Not.EqualTo(Trigger(before, "clients-vs0-nomad-config")));
    }

    [Test]
    public async Task Pool_outputs_the_client_ips()
    {
        var (_, pool) = await CreateAsync();

        Assert.That(await OutputUtilities.GetValueAsync(pool.ClientIps), Is.EqualTo(new[] { "192.168.10.130", "192.168.10.131", "192.168.10.132" }));
    }

    private static object Trigger(ComponentRun run, string command) => List(run.InputsOf(command)["triggers"])[0];
}
