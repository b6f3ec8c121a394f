using System.Text.Json;
using Lab.Components;
using Lab.Components.Rendering;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>What the agents need of their hosts and of each other, on the first up and on every later one.</summary>
public class AgentGuardrails
{
    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Https_apis_ask_no_client_certificate_and_rpc_keeps_mutual_tls_with_hostname_checks(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var consul = graph.Files.Where(f => f.RelativePath.EndsWith("/etc/consul.d/consul.json", StringComparison.Ordinal)).ToList();
        var nomad = graph.Files.Where(f => f.RelativePath.EndsWith("/etc/nomad.d/nomad.json", StringComparison.Ordinal)).ToList();

        Assert.That(consul, Is.Not.Empty);
        Assert.That(nomad, Has.Count.EqualTo(consul.Count));
        Assert.Multiple(() =>
        {
            foreach (var file in consul)
            {
                using var config = JsonDocument.Parse(file.Content);
                var tls = config.RootElement.GetProperty("tls");
                Assert.That(tls.GetProperty("https").GetProperty("verify_incoming").GetBoolean(), Is.False, file.RelativePath);
                Assert.That(tls.GetProperty("internal_rpc").GetProperty("verify_incoming").GetBoolean(), Is.True, file.RelativePath);
                Assert.That(tls.GetProperty("internal_rpc").GetProperty("verify_server_hostname").GetBoolean(), Is.True, file.RelativePath);
                Assert.That(tls.GetProperty("defaults").GetProperty("verify_outgoing").GetBoolean(), Is.True, file.RelativePath);
            }

            foreach (var file in nomad)
            {
                using var config = JsonDocument.Parse(file.Content);
                var tls = config.RootElement.GetProperty("tls");
                Assert.That(tls.GetProperty("verify_https_client").GetBoolean(), Is.False, file.RelativePath);
                Assert.That(tls.GetProperty("rpc").GetBoolean() && tls.GetProperty("http").GetBoolean() && tls.GetProperty("verify_server_hostname").GetBoolean(), Is.True, file.RelativePath);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Servers_start_after_every_server_vm_and_restart_one_at_a_time_with_a_bounded_wait(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var bases = graph.Resources.Where(r => r.Name.StartsWith("cluster-", StringComparison.Ordinal) && r.Name.EndsWith("-base", StringComparison.Ordinal)).Select(r => r.Urn).ToList();

        foreach (var agent in new[] { "consul", "nomad" })
        {
            var pushes = graph.Resources.Where(r => r.Name.StartsWith("cluster-", StringComparison.Ordinal) && r.Name.EndsWith($"-{agent}-config", StringComparison.Ordinal)).ToList();
            Assert.That(pushes, Has.Count.EqualTo(bases.Count), agent);
            for (var i = 0; i < pushes.Count; i++)
            {
                if (agent == "consul")
                {
                    Assert.That(pushes[i].Dependencies, Is.SupersetOf(bases), $"{pushes[i].Name} must find every other server up to join");
                }
                if (i > 0)
                {
                    Assert.That(pushes[i].Dependencies, Does.Contain(pushes[i - 1].Urn), $"{pushes[i].Name} restarts after {pushes[i - 1].Name}");
                }
                var stdin = (string)pushes[i].Inputs["stdin"];
                Assert.That(stdin, Does.Contain(agent == "consul" ? AgentRestartScript.RestartConsul : AgentRestartScript.RestartNomad), pushes[i].Name);
                Assert.That(stdin, Does.Not.Contain($"systemctl restart {agent}"), $"{pushes[i].Name}: an unbounded restart blocks on Type=notify");
            }
        }
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_nomad_push_waits_for_the_consul_push_of_its_own_node(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var nomadPushes = graph.Resources.Where(r => r.Type == CommandType && r.Name.EndsWith("-nomad-config", StringComparison.Ordinal)).ToList();

        Assert.That(nomadPushes, Is.Not.Empty);
        foreach (var push in nomadPushes)
        {
            var consulPush = graph.Resources.Single(r => r.Name == push.Name.Replace("-nomad-config", "-consul-config", StringComparison.Ordinal));
            Assert.That(Reaches(graph, push, consulPush.Urn), Is.True, $"{push.Name} must start Nomad after its own Consul");
        }
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_node_that_runs_jobs_gets_rootless_podman_with_delegated_cgroups_and_the_fixed_driver(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var jobHosts = graph.Files.Where(f => f.RelativePath.EndsWith("/etc/nomad.d/nomad.json", StringComparison.Ordinal)
                && JsonDocument.Parse(f.Content).RootElement.TryGetProperty("client", out _))
            .Select(f => f.RelativePath.Split('/')[0]).ToList();

        Assert.That(jobHosts, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var host in jobHosts)
            {
                Assert.That(graph.File(host, NodeBaseScript.DelegateDropIn.TrimStart('/')), Is.EqualTo(NodeBaseScript.DelegateConfig), host);
                var script = graph.File(host, NodeBaseScript.Path.TrimStart('/'))!;
                Assert.That(script, Does.Contain($"nomad-driver-podman={Versions.NomadDriverPodman}-1"), host);
                Assert.That(script, Does.Contain("loginctl enable-linger podman").And.Contain("/etc/subuid").And.Contain("podman.socket"), host);
                Assert.That(script, Does.Contain($"-o podman -g podman {AgentPaths.DataVolume}"), $"{host}: rootless containers cannot write a root-owned host volume");
                using var nomad = JsonDocument.Parse(graph.File(host, "etc/nomad.d/nomad.json")!);
                Assert.That(nomad.RootElement.GetProperty("plugin").GetProperty("nomad-driver-podman").GetProperty("config").GetProperty("socket_path").GetString(),
                    Is.EqualTo(AgentPaths.PodmanSocket), host);
            }
        });
        // 0.6.5 is the first driver whose log FIFOs a rootless Podman can write (hashicorp/nomad-driver-podman#510).
        Assert.That(Version.Parse(Versions.NomadDriverPodman), Is.GreaterThanOrEqualTo(new Version(0, 6, 5)));
    }

    private static bool Reaches(Lab.Infra.Synth.SynthResult graph, Lab.Infra.Synth.SynthResource from, string urn)
    {
        var byUrn = graph.Resources.ToDictionary(r => r.Urn);
        var seen = new HashSet<string>();
        var queue = new Queue<string>(from.Dependencies);
        while (queue.TryDequeue(out var next))
        {
            if (next == urn)
            {
                return true;
            }
            if (seen.Add(next) && byUrn.TryGetValue(next, out var resource))
            {
                foreach (var dependency in resource.Dependencies)
                {
                    queue.Enqueue(dependency);
                }
            }
        }
        return false;
    }
}
