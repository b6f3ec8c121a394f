using System.Text.Json;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Utilities;
using static Lab.Tests.Components.ProxmoxNodeTests;

namespace Lab.Tests.Components;

public class NomadServerClusterTests
{
    private static Task<(ComponentRun Run, NomadServerCluster Cluster)> CreateAsync(int servers = 3, WorkloadSettings? workloads = null) =>
        ComponentRun.StartAsync(run => TestLab.Cluster(run, servers, workloads));

    [Test]
    public async Task Cluster_creates_exactly_its_secrets_nodes_certificates_and_setup_commands()
    {
        var (run, _) = await CreateAsync(servers: 1);

        Assert.That(run.TypesAndNames().SkipWhile(r => r.Name != "nomad"), Is.EqualTo(new[]
        {
            ("homelab:index:NomadServerCluster", "nomad"),
            ("random:index/randomBytes:RandomBytes", "nomad-consul-gossip-key"),
            ("random:index/randomBytes:RandomBytes", "nomad-nomad-gossip-key"),
            ("random:index/randomUuid:RandomUuid", "nomad-nomad-server-consul-token"),
            ("random:index/randomUuid:RandomUuid", "nomad-nomad-client-consul-token"),
            ("random:index/randomUuid:RandomUuid", "nomad-consul-dns-token"),
            ("random:index/randomUuid:RandomUuid", "nomad-consul-management-token"),
            ("random:index/randomUuid:RandomUuid", "nomad-nomad-bootstrap-token"),
            ("homelab:index:ProxmoxNode", "nomad-vb0"),
            ("proxmoxve:index/vmLegacy:VmLegacy", "nomad-vb0-vm"),
            ("command:remote:Command", "nomad-vb0-cloud-init"),
            ("command:remote:Command", "nomad-vb0-base"),
            ("tls:index/privateKey:PrivateKey", "nomad-vb0-key"),
            ("tls:index/certRequest:CertRequest", "nomad-vb0-csr"),
            ("tls:index/locallySignedCert:LocallySignedCert", "nomad-vb0-cert"),
            ("random:index/randomUuid:RandomUuid", "nomad-vb0-consul-agent-token"),
            ("command:remote:Command", "nomad-vb0-consul-config"),
            ("command:remote:Command", "nomad-consul-acl"),
            ("command:remote:Command", "nomad-vb0-nomad-config"),
            ("command:remote:Command", "nomad-nomad-acl-bootstrap"),
        }));
    }

    [Test]
    public async Task Every_child_is_parented_to_the_cluster_or_to_its_node()
    {
        var (run, _) = await CreateAsync();
        var children = run.Recorded.SkipWhile(r => r.Resource.GetResourceName() != "nomad").Skip(1).ToList();

        Assert.That(children, Has.Count.EqualTo(7 + (3 * 10) + 2));
        Assert.That(children.Select(c => c.ParentName), Is.All.AnyOf("nomad", "nomad-vb0", "nomad-vb1", "nomad-vb2"));
        Assert.That(children.Where(c => c.ParentName != "nomad").Select(c => c.Resource.GetResourceType()),
            Is.All.AnyOf("proxmoxve:index/vmLegacy:VmLegacy", "command:remote:Command"));
    }

    [Test]
    public async Task Vms_wait_for_nothing_so_they_are_created_in_parallel()
    {
        var (run, _) = await CreateAsync();

        foreach (var host in new[] { "vb0", "vb1", "vb2" })
        {
            Assert.That(await run.DependenciesOfAsync($"nomad-{host}-vm"), Is.Empty, host);
        }
    }

    [Test]
    public async Task Setup_runs_in_order_consul_configs_then_acl_then_nomad_configs_then_nomad_bootstrap()
    {
        var (run, _) = await CreateAsync();

        Assert.Multiple(async () =>
        {
            // Every server's VM is up before any Consul starts, and the servers restart one after the other.
            Assert.That(await run.DependenciesOfAsync("nomad-vb0-consul-config"), Is.SupersetOf(new[] { "nomad-vb0-base", "nomad-vb1-base", "nomad-vb2-base" }));
            Assert.That(await run.DependenciesOfAsync("nomad-vb1-consul-config"), Does.Contain("nomad-vb0-consul-config").And.Not.Contain("nomad-vb2-consul-config"));
            Assert.That(await run.DependenciesOfAsync("nomad-vb2-consul-config"), Does.Contain("nomad-vb1-consul-config"));
            Assert.That(await run.DependenciesOfAsync("nomad-vb2-nomad-config"), Does.Contain("nomad-vb1-nomad-config"));
            Assert.That(await run.DependenciesOfAsync("nomad-consul-acl"), Is.SupersetOf(new[] { "nomad-vb0-consul-config", "nomad-vb1-consul-config", "nomad-vb2-consul-config" }));
            Assert.That(await run.DependenciesOfAsync("nomad-vb2-nomad-config"), Is.SupersetOf(new[] { "nomad-vb2-base", "nomad-consul-acl" }));
            Assert.That(await run.DependenciesOfAsync("nomad-nomad-acl-bootstrap"), Is.SupersetOf(new[] { "nomad-vb0-nomad-config", "nomad-vb1-nomad-config", "nomad-vb2-nomad-config" }));
            Assert.That(Map(run.InputsOf("nomad-consul-acl")["connection"])["host"], Is.EqualTo("192.168.10.120"));
        });
    }

    [Test]
    public async Task Agent_configs_and_keys_travel_only_in_secret_stdin()
    {
        var (run, _) = await CreateAsync();

        foreach (var command in new[] { "nomad-vb0-consul-config", "nomad-vb0-nomad-config", "nomad-consul-acl", "nomad-nomad-acl-bootstrap" })
        {
            Assert.That(await run.SecretInputsOfAsync(command), Does.Contain("stdin"), command);
        }

        var consulBundle = (string)run.InputsOf("nomad-vb0-consul-config")["stdin"];
        Assert.Multiple(() =>
        {
            Assert.That(consulBundle, Does.Contain(RecordingMocks.FakeSecret("nomad-consul-gossip-key")));
            Assert.That(consulBundle, Does.Contain(RecordingMocks.FakeSecret("nomad-consul-management-token")));
            Assert.That(consulBundle, Does.Contain(RecordingMocks.FakeSecret("nomad-vb0-key")));
            Assert.That(consulBundle, Does.Contain(AgentRestartScript.RestartConsul).And.Not.Contain("restart-agent nomad"));
            Assert.That(run.InputsOf("nomad-vb0-consul-config")["create"], Is.EqualTo("sudo bash -s"));
        });
    }

    [Test]
    public async Task No_generated_secret_appears_in_any_input_that_is_not_secret()
    {
        var (run, _) = await CreateAsync();
        var secrets = run.Mocks.Resources
            .Where(r => r.Type is "random:index/randomUuid:RandomUuid" or "random:index/randomBytes:RandomBytes" or "tls:index/privateKey:PrivateKey")
            .Select(r => RecordingMocks.FakeSecret(r.Name!))
            .Append(TestLab.SshPrivateKey)
            .ToList();

        foreach (var resource in run.Mocks.Resources)
        {
            var secretPaths = await run.SecretInputsOfAsync(resource.Name!);
            var leaks = Flatten(resource.Inputs, "")
                .Where(p => !secretPaths.Any(s => p.Path == s || p.Path.StartsWith(s + ".", StringComparison.Ordinal) || p.Path.StartsWith(s + "[", StringComparison.Ordinal)))
                .Where(p => secrets.Any(p.Value.Contains))
                .Select(p => p.Path)
                .ToList();
            Assert.That(leaks, Is.Empty, $"{resource.Type} {resource.Name}");
        }
    }

    [Test]
    public async Task Triggers_are_content_hashes_so_each_agent_restarts_only_for_its_own_files()
    {
        var (run, _) = await CreateAsync();
        var consulTrigger = (string)List(run.InputsOf("nomad-vb0-consul-config")["triggers"])[0];
        var nomadTrigger = (string)List(run.InputsOf("nomad-vb0-nomad-config")["triggers"])[0];

        Assert.Multiple(async () =>
        {
            Assert.That(consulTrigger, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(nomadTrigger, Does.Match("^[0-9a-f]{64}$").And.Not.EqualTo(consulTrigger));
            Assert.That(await run.SecretInputsOfAsync("nomad-vb0-consul-config"), Does.Not.Contain("triggers[0]").And.Not.Contain("triggers"));
        });
    }

    [Test]
    public async Task Servers_get_certificates_with_server_names_of_both_agents()
    {
        var (run, _) = await CreateAsync();
        var csr = run.InputsOf("nomad-vb1-csr");

        Assert.That(List(csr["dnsNames"]), Is.EqualTo(new[] { "server.global.nomad", "server.dc1.consul", "vb1.dc1.consul", "vb1.lab.example.com", "localhost" }));
        Assert.That(List(csr["ipAddresses"]), Is.EqualTo(new[] { "192.168.10.121", "127.0.0.1" }));
        Assert.That(Map(csr["subject"])["commonName"], Is.EqualTo("vb1.lab.example.com"));
    }

    [Test]
    public async Task Redacted_server_configs_expect_every_server_and_hide_every_secret()
    {
        var (_, cluster) = await CreateAsync();
        var consul = await ContentAsync(cluster, "vb0", AgentPaths.ConsulConfig);
        var nomad = await ContentAsync(cluster, "vb0", AgentPaths.NomadConfig);
        var key = await ContentAsync(cluster, "vb0", $"{AgentPaths.NomadTlsDir}/{AgentPaths.KeyFile}");

        using var consulJson = JsonDocument.Parse(consul);
        using var nomadJson = JsonDocument.Parse(nomad);
        Assert.Multiple(() =>
        {
            Assert.That(consulJson.RootElement.GetProperty("bootstrap_expect").GetInt32(), Is.EqualTo(3));
            Assert.That(consulJson.RootElement.GetProperty("encrypt").GetString(), Is.EqualTo(HostFile.Redacted));
            Assert.That(nomadJson.RootElement.GetProperty("server").GetProperty("bootstrap_expect").GetInt32(), Is.EqualTo(3));
            Assert.That(nomadJson.RootElement.TryGetProperty("client", out var client) && client.TryGetProperty("enabled", out var enabled) && enabled.GetBoolean(), Is.False);
            Assert.That(key, Is.EqualTo(HostFile.Redacted + "\n"));
        });
    }

    [Test]
    public async Task Package_configs_are_replaced_by_a_comment_so_the_units_start_without_sample_settings()
    {
        var (_, cluster) = await CreateAsync(servers: 1);

        Assert.That(await ContentAsync(cluster, "vb0", AgentPaths.ConsulPackageConfig), Does.StartWith("# ").And.Contain(AgentPaths.ConsulConfig).And.EndWith("\n"));
        Assert.That(await ContentAsync(cluster, "vb0", AgentPaths.NomadPackageConfig), Does.StartWith("# ").And.Contain(AgentPaths.NomadConfig));
        Assert.That((await ContentAsync(cluster, "vb0", AgentPaths.NomadPackageConfig)).Count(c => c == '\n'), Is.EqualTo(1));
    }

    [Test]
    public async Task In_a_lab_the_server_vms_are_protected_and_in_development_they_are_not()
    {
        foreach (var protect in new[] { true, false })
        {
            var (run, _) = await ComponentRun.StartAsync(run => new NomadServerCluster("nomad", new NomadServerClusterArgs
            {
                Servers = TestLab.Servers(1),
                Vm = TestLab.Vm() with { Protect = protect },
                Naming = TestLab.Naming,
                Ca = TestLab.Ca(run.Options),
            }, run.Options));

            Assert.That(run.Named("nomad-vb0").Options.Protect, Is.EqualTo(protect));
        }
    }

    [TestCase(3, new[] { "192.168.10.121", "192.168.10.122" })] // the others: a join to itself would end the retries
    [TestCase(1, new[] { "192.168.10.120" })] // alone: itself, or Consul never signals systemd that it is ready
    public async Task Servers_join_the_other_servers_and_a_single_server_joins_itself(int servers, string[] peers)
    {
        var (_, cluster) = await CreateAsync(servers);
        using var consul = JsonDocument.Parse(await ContentAsync(cluster, "vb0", AgentPaths.ConsulConfig));
        using var nomad = JsonDocument.Parse(await ContentAsync(cluster, "vb0", AgentPaths.NomadConfig));

        Assert.That(consul.RootElement.GetProperty("retry_join").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(peers));
        Assert.That(nomad.RootElement.GetProperty("server").GetProperty("server_join").GetProperty("retry_join").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(peers));
        Assert.That(consul.RootElement.GetProperty("bootstrap_expect").GetInt32(), Is.EqualTo(servers));
    }

    [Test]
    public async Task A_compact_cluster_runs_jobs_on_its_servers()
    {
        var (run, cluster) = await CreateAsync(servers: 1, workloads: new WorkloadSettings { NodeClass = "compact" });
        using var nomad = JsonDocument.Parse(await ContentAsync(cluster, "vb0", AgentPaths.NomadConfig));

        Assert.Multiple(() =>
        {
            Assert.That(nomad.RootElement.GetProperty("server").GetProperty("enabled").GetBoolean(), Is.True);
            Assert.That(nomad.RootElement.GetProperty("client").GetProperty("enabled").GetBoolean(), Is.True);
            Assert.That(nomad.RootElement.GetProperty("client").GetProperty("node_class").GetString(), Is.EqualTo("compact"));
            Assert.That(List(run.InputsOf("nomad-vb0-csr")["dnsNames"]), Does.Contain("client.global.nomad").And.Contain("server.global.nomad"));
            Assert.That(cluster.Files.Select(f => f.Path), Does.Contain(NodeBaseScript.DelegateDropIn), "the base of a node that runs jobs sets up rootless Podman");
            Assert.That(List(run.InputsOf("nomad-vb0-vm")["tags"]), Is.EqualTo(new[] { "homelab", "nomad-client", "nomad-server" }));
        });
    }

    [Test]
    public async Task Outputs_give_addresses_and_secret_tokens()
    {
        var (_, cluster) = await CreateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await OutputUtilities.GetValueAsync(cluster.ServerIps), Is.EqualTo(new[] { "192.168.10.120", "192.168.10.121", "192.168.10.122" }));
            Assert.That(await OutputUtilities.GetValueAsync(cluster.NomadAddress), Is.EqualTo("https://192.168.10.120:4646"));
            Assert.That(await OutputUtilities.GetValueAsync(cluster.ConsulAddress), Is.EqualTo("https://192.168.10.120:8501"));
            Assert.That(await OutputUtilities.GetValueAsync(cluster.NomadToken), Is.EqualTo(RecordingMocks.FakeSecret("nomad-nomad-bootstrap-token")));
            Assert.That(await Output.IsSecretAsync(cluster.NomadToken), Is.True);
            Assert.That(await Output.IsSecretAsync(cluster.ConsulToken), Is.True);
            Assert.That(await OutputUtilities.GetValueAsync(cluster.CaCertPem), Is.EqualTo("fake-cert-of-ca-root-cert"));
        });
    }

    [Test]
    public void Duplicate_hosts_are_refused_before_anything_is_created()
    {
        var error = Assert.ThrowsAsync<RunException>(() => ComponentRun.StartAsync(run => new NomadServerCluster("nomad", new NomadServerClusterArgs
        {
            Servers = [.. TestLab.Servers(2), TestLab.Servers(1)[0]],
            Vm = TestLab.Vm(),
            Naming = TestLab.Naming,
            Ca = TestLab.Ca(run.Options),
        }, run.Options)));

        Assert.That(error!.ToString(), Does.Contain("nomad: host name 'vb0', IP 192.168.10.120 used by more than one VM"));
    }

    internal static async Task<string> ContentAsync(IHostFiles component, string host, string path) =>
        await OutputUtilities.GetValueAsync(component.Files.Single(f => f.Host == host && f.Path == path).Content);

    private static IEnumerable<(string Path, string Value)> Flatten(object value, string path) => value switch
    {
        string text => [(path, text)],
        System.Collections.Immutable.ImmutableDictionary<string, object> map => map.SelectMany(kv => Flatten(kv.Value, path.Length == 0 ? kv.Key : $"{path}.{kv.Key}")),
        System.Collections.Immutable.ImmutableArray<object> list => list.SelectMany((item, i) => Flatten(item, $"{path}[{i}]")),
        _ => [],
    };
}
