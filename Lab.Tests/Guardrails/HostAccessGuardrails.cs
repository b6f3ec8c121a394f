using System.Text.Json;
using System.Text.RegularExpressions;
using Lab.Infra.Synth;

namespace Lab.Tests.Guardrails;

/// <summary>
/// How a job reaches the client's host, over the graph: never through a Podman bind mount (which Nomad's ACLs do not
/// see, and which the clients refuse), only through host volumes every eligible client declares, which no token of the
/// lab but the management token may mount.
/// </summary>
public partial class HostAccessGuardrails
{
    private const string JobType = "nomad:index/job:Job";
    private const string NomadConfig = "/etc/nomad.d/nomad.json";

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.StacksWithMonitoring))]
    public async Task Every_nomad_client_turns_the_podman_drivers_host_bind_mounts_off_and_starts_no_other_driver(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var clients = Clients(graph);

        Assert.That(clients, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var client in clients)
            {
                var config = client.Document.GetProperty("plugin").GetProperty("nomad-driver-podman").GetProperty("config");
                Assert.That(config.GetProperty("volumes").GetProperty("enabled").GetBoolean(), Is.False, $"{client.Host}: config.volumes would bind any host path");
                Assert.That(client.Document.GetProperty("client").GetProperty("options").GetProperty("driver.allowlist").GetString(), Is.EqualTo("podman"), client.Host);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.StacksWithMonitoring))]
    public async Task No_task_of_any_job_binds_a_host_path_through_podman_and_every_task_runs_on_podman(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var tasks = Jobs(graph).SelectMany(j => j.Groups.SelectMany(g => g.GetProperty("Tasks").EnumerateArray().Select(t => (j.Name, Task: t)))).ToList();

        Assert.That(tasks, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (job, task) in tasks)
            {
                var at = $"{job} task {task.GetProperty("Name").GetString()}";
                Assert.That(task.GetProperty("Driver").GetString(), Is.EqualTo("podman"), at);
                Assert.That(task.GetProperty("Config").TryGetProperty("volumes", out _), Is.False, $"{at}: use a host volume and volume_mount");
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.StacksWithMonitoring))]
    public async Task Every_host_volume_a_job_mounts_is_declared_on_every_node_the_job_can_be_placed_on(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var clients = Clients(graph);
        var mounted = 0;

        Assert.Multiple(() =>
        {
            foreach (var job in Jobs(graph))
            {
                var eligible = clients.Where(c => job.Datacenters.Contains(c.Datacenter) && job.Constraints.All(k => Satisfies(c, k))).ToList();
                Assert.That(eligible, Is.Not.Empty, $"{job.Name}: no client can run it");
                foreach (var group in job.Groups)
                {
                    foreach (var volume in group.TryGetProperty("Volumes", out var volumes) ? volumes.EnumerateObject().Select(v => v.Value) : [])
                    {
                        mounted++;
                        var source = volume.GetProperty("Source").GetString()!;
                        Assert.That(volume.GetProperty("Type").GetString(), Is.EqualTo("host"), job.Name);
                        foreach (var client in eligible)
                        {
                            var declared = client.Document.GetProperty("client").GetProperty("host_volume");
                            Assert.That(declared.TryGetProperty(source, out var offered), Is.True, $"{job.Name}: {client.Host} declares no host volume '{source}'");
                            if (declared.TryGetProperty(source, out offered) && offered.GetProperty("read_only").GetBoolean())
                            {
                                // Nomad's scheduler places a group that asks to write a read-only host volume nowhere.
                                Assert.That(volume.GetProperty("ReadOnly").GetBoolean(), Is.True, $"{job.Name}: '{source}' is read-only on {client.Host}");
                            }
                        }
                    }
                }
            }
        });
        Assert.That(mounted, stack.EndsWith("+monitoring", StringComparison.Ordinal) ? Is.EqualTo(6) : Is.Zero,
            "with monitoring: data for Prometheus, Loki and Grafana, journal and machine-id for the log shipper, host-root for the node exporter");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.StacksWithMonitoring))]
    public async Task No_nomad_policy_lets_its_token_mount_or_make_a_host_volume_from_the_apps_namespace(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var policies = graph.Resources.Where(r => r.Type == "nomad:index/aclPolicy:AclPolicy")
            .ToDictionary(p => (string)p.Inputs["name"], p => (string)p.Inputs["rulesHcl"]);

        Assert.That(policies.Keys, Does.Contain("deploy"));
        Assert.Multiple(() =>
        {
            // Job.Register checks every host volume of a group against the token's host_volume rules (mount-readonly
            // or mount-readwrite); a policy without one mounts none.
            foreach (var (name, rules) in policies)
            {
                Assert.That(rules, Does.Not.Match(@"(?m)^\s*host_volume\b"), name);
            }
            // Nor may other stacks create or register dynamic host volumes in their namespace (Nomad 1.10's
            // host-volume-* capabilities, which `policy = "write"` on a namespace would include).
            var deploy = policies["deploy"];
            Assert.That(deploy, Does.Not.Contain("host-volume-").And.Not.Match(@"policy\s*=\s*""write"""), "deploy");
            Assert.That(DeployCapabilities().IsMatch(deploy), Is.True, "the deploy policy lists its capabilities one by one");
        });
    }

    private static bool Satisfies(NomadClient client, JsonElement constraint)
    {
        var attribute = constraint.GetProperty("LTarget").GetString();
        var value = constraint.GetProperty("RTarget").GetString();
        var op = constraint.GetProperty("Operand").GetString();
        // Only what the lab's jobs use; anything else fails here rather than passing unchecked.
        return (attribute, op) switch
        {
            ("${node.class}", "=") => client.NodeClass == value,
            _ => throw new AssertionException($"constraint {attribute} {op} {value}: this guardrail does not evaluate it yet"),
        };
    }

    private static List<NomadClient> Clients(SynthResult graph) =>
        [.. graph.Files.Where(f => f.RelativePath.EndsWith(NomadConfig, StringComparison.Ordinal))
            .Select(f => (Host: f.RelativePath.Split('/')[0], JsonDocument.Parse(f.Content).RootElement))
            .Where(f => f.RootElement.TryGetProperty("client", out _))
            .Select(f => new NomadClient(
                f.Host,
                f.RootElement.GetProperty("datacenter").GetString()!,
                f.RootElement.GetProperty("client").TryGetProperty("node_class", out var nodeClass) ? nodeClass.GetString() : null,
                f.RootElement))];

    private static IEnumerable<JobSpec> Jobs(SynthResult graph) =>
        graph.Resources.Where(r => r.Type == JobType).Select(r =>
        {
            var job = JsonDocument.Parse((string)r.Inputs["jobspec"]).RootElement.GetProperty("Job");
            return new JobSpec(
                r.Name,
                [.. job.GetProperty("Datacenters").EnumerateArray().Select(d => d.GetString()!)],
                job.TryGetProperty("Constraints", out var constraints) ? [.. constraints.EnumerateArray()] : [],
                [.. job.GetProperty("TaskGroups").EnumerateArray()]);
        });

    [GeneratedRegex(@"namespace ""apps"" \{\s*capabilities = \[")]
    private static partial Regex DeployCapabilities();

    private sealed record NomadClient(string Host, string Datacenter, string? NodeClass, JsonElement Document);

    private sealed record JobSpec(string Name, IReadOnlyList<string> Datacenters, IReadOnlyList<JsonElement> Constraints, IReadOnlyList<JsonElement> Groups);
}
