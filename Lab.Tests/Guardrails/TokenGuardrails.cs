using System.Text.Json;
using Lab.Components.Components;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>Least privilege for the Consul tokens the agents hold, and Consul DNS that answers under default-deny ACLs.</summary>
public class TokenGuardrails
{
    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_acl_setup_grants_acl_or_operator_rights_to_an_agent_token(string stack)
    {
        var setups = (await StackGraph.OfAsync(stack)).Resources
            .Where(r => r.Type == CommandType && (r.Inputs.GetValueOrDefault("create") as string ?? "").Contains("ensure_token", StringComparison.Ordinal)).ToList();

        Assert.That(setups, Is.Not.Empty);
        // Rules reach the script as escaped JSON; "acl = " and "operator = " appear in nothing else it holds.
        Assert.That(setups.Where(s => ((string)s.Inputs["create"]).Contains("acl = ", StringComparison.Ordinal)
            || ((string)s.Inputs["create"]).Contains("operator = ", StringComparison.Ordinal)).Select(s => s.Name), Is.Empty,
            "root on any node holding such a token would be root of Consul");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_consul_agent_has_its_own_agent_token_and_the_dns_token_and_only_servers_the_management_token(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var configs = graph.Files.Where(f => f.RelativePath.EndsWith("/etc/consul.d/consul.json", StringComparison.Ordinal)).ToList();

        Assert.That(configs, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var file in configs)
            {
                using var config = JsonDocument.Parse(file.Content);
                var tokens = config.RootElement.GetProperty("acl").GetProperty("tokens");
                Assert.That(tokens.GetProperty("agent").GetString(), Is.EqualTo(HostFile.Redacted), file.RelativePath);
                Assert.That(tokens.GetProperty("dns").GetString(), Is.EqualTo(HostFile.Redacted), $"{file.RelativePath}: without it Consul DNS answers nothing");
                Assert.That(tokens.TryGetProperty("initial_management", out _), Is.EqualTo(config.RootElement.GetProperty("server").GetBoolean()), file.RelativePath);
            }
        });
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Nomad_servers_and_clients_hold_different_consul_tokens(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var pushes = graph.Resources.Where(r => r.Type == CommandType && r.Name.EndsWith("-nomad-config", StringComparison.Ordinal)).ToList();

        // The pushes' stdin holds the real config; synth's tokens are distinct per resource.
        var tokenOf = pushes.ToDictionary(p => p.Name, p => ConsulToken((string)p.Inputs["stdin"]));
        var serverOnly = pushes.Where(p => p.Name.StartsWith("cluster-", StringComparison.Ordinal) && stack == "lab").Select(p => tokenOf[p.Name]).Distinct().ToList();
        var clients = pushes.Where(p => !p.Name.StartsWith("cluster-", StringComparison.Ordinal) || stack == "dev").Select(p => tokenOf[p.Name]).Distinct().ToList();

        Assert.That(clients, Has.Count.EqualTo(1));
        Assert.That(serverOnly, Has.Count.EqualTo(stack == "lab" ? 1 : 0));
        Assert.That(serverOnly, Has.None.EqualTo(clients[0]));
    }

    private static string ConsulToken(string stdin)
    {
        var json = stdin[stdin.IndexOf("cat > '/etc/nomad.d/nomad.json'", StringComparison.Ordinal)..];
        json = json[(json.IndexOf('\n') + 1)..json.IndexOf("\nLAB_EOF", StringComparison.Ordinal)];
        using var config = JsonDocument.Parse(json);
        return config.RootElement.GetProperty("consul").GetProperty("token").GetString()!;
    }
}
