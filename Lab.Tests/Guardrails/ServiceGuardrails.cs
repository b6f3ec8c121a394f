using System.Text.Json;
using Lab.Components.Jobs;
using Lab.Infra.Synth;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>
/// The cluster's services over the graph: providers that wait for the ACL bootstrap, least-privilege ACLs, and jobs
/// whose specifications hold no secret and run pinned images.
/// </summary>
public class ServiceGuardrails
{
    private const string JobType = "nomad:index/job:Job";
    private const string VariableType = "nomad:index/variable:Variable";

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Consul_and_nomad_providers_use_https_the_lab_ca_a_secret_token_and_wait_for_the_acl_bootstrap(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var consul = graph.Resources.Single(r => r.Type == "pulumi:providers:consul");
        var nomad = graph.Resources.Single(r => r.Type == "pulumi:providers:nomad");

        Assert.Multiple(() =>
        {
            Assert.That(consul.Inputs["scheme"], Is.EqualTo("https"));
            Assert.That((string)consul.Inputs["address"], Does.EndWith(":8501"));
            Assert.That(consul.SecretInputs, Does.Contain("token"));
            Assert.That(consul.Dependencies, Has.Some.EndsWith("::cluster-consul-acl"), "the management token works only once the ACL setup ran");
            Assert.That((string)nomad.Inputs["address"], Does.StartWith("https://").And.EndWith(":4646"));
            Assert.That(nomad.SecretInputs, Does.Contain("secretId"));
            Assert.That(nomad.Dependencies, Has.Some.EndsWith("::cluster-nomad-acl-bootstrap"), "the bootstrap token works only once Nomad's ACLs are bootstrapped");
            foreach (var provider in new[] { consul, nomad })
            {
                Assert.That(provider.Inputs["caPem"], Is.EqualTo(graph.Outputs["caCertPem"].Value), $"{provider.Name}: verifies the API against the lab CA");
                // D1: the HTTPS APIs ask no client certificate.
                Assert.That(provider.Inputs.Keys, Has.None.AnyOf("certPem", "keyPem", "certFile", "keyFile"), provider.Name);
                Assert.That(provider.Inputs.GetValueOrDefault("insecureHttps") ?? provider.Inputs.GetValueOrDefault("skipVerify"), Is.Null, provider.Name);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_consul_policy_grants_acl_operator_or_write_rights_and_no_token_is_a_management_token(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var policies = graph.Resources.Where(r => r.Type == "consul:index/aclPolicy:AclPolicy").ToList();
        var tokens = graph.Resources.Where(r => r.Type == "consul:index/aclToken:AclToken").ToList();

        Assert.That(policies, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var policy in policies)
            {
                var rules = (string)policy.Inputs["rules"];
                Assert.That(rules, Does.Not.Match(@"(?m)^\s*(acl|operator)\s*="), policy.Name);
                Assert.That(rules, Does.Not.Contain("\"write\"").And.Not.Contain("\"list\""), $"{policy.Name}: the jobs' Consul tokens only read");
            }
            foreach (var token in tokens)
            {
                Assert.That(List(token.Inputs.GetValueOrDefault("policies")), Has.None.EqualTo("global-management"), token.Name);
                Assert.That(List(token.Inputs.GetValueOrDefault("policies")).Length, Is.EqualTo(1), token.Name);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_nomad_policy_grants_acl_or_operator_write_and_every_token_is_a_client_token(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var policies = graph.Resources.Where(r => r.Type == "nomad:index/aclPolicy:AclPolicy").ToList();
        var tokens = graph.Resources.Where(r => r.Type == "nomad:index/aclToken:AclToken").ToList();

        Assert.That(policies.Select(p => p.Inputs["name"]), Is.EquivalentTo(new[] { "operator", "read-only", "deploy" }));
        Assert.Multiple(() =>
        {
            foreach (var policy in policies)
            {
                var rules = (string)policy.Inputs["rulesHcl"];
                Assert.That(rules, Does.Not.Match(@"(?m)^\s*acl\s*[{=]"), policy.Name);
                Assert.That(rules, Does.Not.Match(@"operator\s*\{\s*policy\s*=\s*""write"""), policy.Name);
            }
            Assert.That(tokens.Select(t => t.Inputs["type"]), Is.All.EqualTo("client"), "management stays the bootstrap token");
            var deploy = (string)policies.Single(p => (string)p.Inputs["name"] == "deploy").Inputs["rulesHcl"];
            Assert.That(deploy, Does.Contain("namespace \"apps\" {").And.Not.Contain("namespace \"*\"").And.Not.Contain("namespace \"default\""),
                "other stacks deploy into the apps namespace only");
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_job_specification_holds_a_secret_and_each_shows_in_preview(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var jobs = graph.Resources.Where(r => r.Type == JobType).ToList();
        var secrets = SecretValues(graph).ToList();

        Assert.That(jobs, Is.Not.Empty);
        Assert.That(secrets, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var job in jobs)
            {
                var spec = (string)job.Inputs["jobspec"];
                Assert.That(job.SecretInputs, Does.Not.Contain("jobspec"), $"{job.Name}: a secret job text would hide every change in preview");
                Assert.That(secrets.Where(s => spec.Contains(s, StringComparison.Ordinal)), Is.Empty, job.Name);
                Assert.That(spec, Does.Not.Contain("PRIVATE KEY").And.Not.Contain("BEGIN CERTIFICATE"), job.Name);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_variable_a_job_reads_exists_at_its_jobs_path_with_the_items_it_reads_and_the_job_waits_for_it(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var variables = graph.Resources.Where(r => r.Type == VariableType).ToDictionary(r => (string)r.Inputs["path"]);
        var fabio = (string)graph.Resources.Single(r => r.Type == JobType && r.Name == "jobs-fabio").Inputs["jobspec"];
        Assert.That(Reads(fabio), Does.Contain(("nomad/jobs/fabio", "consul_token")), "the pattern below finds what the templates read");

        Assert.Multiple(() =>
        {
            foreach (var job in graph.Resources.Where(r => r.Type == JobType))
            {
                var spec = (string)job.Inputs["jobspec"];
                var reads = Reads(spec);
                foreach (var (path, item) in reads)
                {
                    using var document = JsonDocument.Parse(spec);
                    Assert.That(path, Is.EqualTo(NomadVariables.PathOf(document.RootElement.GetProperty("Job").GetProperty("ID").GetString()!)), $"{job.Name}: a job reads its own Variable without a policy");
                    Assert.That(variables.ContainsKey(path), Is.True, $"{job.Name} reads {path}, which no Variable has");
                    if (variables.TryGetValue(path, out var variable))
                    {
                        Assert.That(Map(variable.Inputs["items"]).Keys, Does.Contain(item), $"{job.Name} reads {path}.{item}");
                        Assert.That(variable.SecretInputs, Does.Contain("items"), variable.Name);
                        Assert.That(job.Dependencies, Does.Contain(variable.Urn), $"{job.Name}: its templates need the Variable when it starts");
                    }
                }
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_job_runs_pinned_fully_qualified_images_with_resources_and_checked_services(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var jobs = graph.Resources.Where(r => r.Type == JobType).ToList();

        Assert.That(jobs, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var job in jobs)
            {
                Assert.That(job.Inputs["json"], Is.EqualTo(true), job.Name);
                using var spec = JsonDocument.Parse((string)job.Inputs["jobspec"]);
                foreach (var group in spec.RootElement.GetProperty("Job").GetProperty("TaskGroups").EnumerateArray())
                {
                    foreach (var task in group.GetProperty("Tasks").EnumerateArray())
                    {
                        Assert.That(JobRules.ImageRule(task.GetProperty("Config").GetProperty("image").GetString()!), Is.Null, job.Name);
                        Assert.That(task.GetProperty("Resources").GetProperty("CPU").GetInt32(), Is.Positive, job.Name);
                        Assert.That(task.GetProperty("Resources").GetProperty("MemoryMB").GetInt32(), Is.Positive, job.Name);
                        Assert.That(task.GetProperty("Config").GetProperty("logging").GetProperty("driver").GetString(), Is.EqualTo("journald"), $"{job.Name}: D3");
                    }
                    foreach (var service in group.TryGetProperty("Services", out var services) ? services.EnumerateArray() : default)
                    {
                        Assert.That(service.GetProperty("Checks").GetArrayLength(), Is.Positive, $"{job.Name}: {service.GetProperty("Name")}");
                    }
                }
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Job_ids_are_a_stack_output_and_the_nomad_tokens_are_secret_outputs(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);

        Assert.That(graph.Outputs["jobIds"].Value, Is.EquivalentTo(new Dictionary<string, object> { ["fabio"] = "fabio", ["http-echo"] = "http-echo" }));
        Assert.That(new[] { "nomadDeployToken", "nomadOperatorToken", "nomadReadOnlyToken" }.Select(o => graph.Outputs[o].IsSecret), Is.All.True);
        Assert.That(graph.Outputs["appsNamespace"].Value, Is.EqualTo("apps"));
    }

    /// <summary>The Variable items a job specification's templates read, as (path, item).</summary>
    private static List<(string Path, string Item)> Reads(string spec) =>
        [.. System.Text.RegularExpressions.Regex.Matches(spec, @"nomadVar \\""(?<path>[^\\]+)\\"" }}{{ \.(?<item>\w+) }}")
            .Select(m => (m.Groups["path"].Value, m.Groups["item"].Value))];

    /// <summary>Every secret string input of the graph long enough to be a key, token or password.</summary>
    private static IEnumerable<string> SecretValues(SynthResult graph) =>
        graph.Resources.SelectMany(r => r.SecretInputs.Select(key => r.Inputs.GetValueOrDefault(key)))
            .SelectMany(Strings)
            .Where(s => s.Length >= 16)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        System.Collections.Immutable.ImmutableDictionary<string, object> map => map.Values.SelectMany(Strings),
        System.Collections.Immutable.ImmutableArray<object> list => list.SelectMany(Strings),
        _ => [],
    };
}
