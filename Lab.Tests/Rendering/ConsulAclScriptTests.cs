using System.Text.Json;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ConsulAclScriptTests
{
    private const string Management = "0d6c3b2a-1111-4a4a-8b8b-000000000001";
    private const string NomadAgent = "0d6c3b2a-1111-4a4a-8b8b-000000000002";
    private const string Vb0 = "0d6c3b2a-1111-4a4a-8b8b-000000000010";
    private const string Vb1 = "0d6c3b2a-1111-4a4a-8b8b-000000000011";
    private const string Vb2 = "0d6c3b2a-1111-4a4a-8b8b-000000000012";

    private static readonly ConsulAclSetup WithNomad = new("dc1", CreateNomadAgentToken: true, ["vb0", "vb1", "vb2"]);
    private static readonly ConsulAclSetup WithoutNomad = WithNomad with { CreateNomadAgentToken = false };
    private static readonly Dictionary<string, string> AgentTokens = new() { ["vb1"] = Vb1, ["vb0"] = Vb0, ["vb2"] = Vb2 };
    private static readonly string[] AllSecrets = [Management, NomadAgent, Vb0, Vb1, Vb2];

    [Test]
    public void Script_with_the_nomad_token_matches_its_golden_file() =>
        Golden.AssertMatches("ConsulAclScript.WithNomadToken.sh", ConsulAclScript.Render(WithNomad));

    [Test]
    public void Script_without_the_nomad_token_matches_its_golden_file() =>
        Golden.AssertMatches("ConsulAclScript.WithoutNomadToken.sh", ConsulAclScript.Render(WithoutNomad));

    [TestCase(true)] // with the policy and the Nomad agent token
    [TestCase(false)] // agent tokens only
    public void Script_passes_bash_n_and_shellcheck(bool createNomadAgentToken)
    {
        var script = ConsulAclScript.Render(WithNomad with { CreateNomadAgentToken = createNomadAgentToken });

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void Stdin_lists_the_management_then_the_nomad_then_each_node_token_in_node_order() =>
        Assert.That(ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens),
            Is.EqualTo($"{Management}\n{NomadAgent}\n{Vb0}\n{Vb1}\n{Vb2}\n"));

    [Test]
    public void Stdin_leaves_out_the_nomad_token_when_none_is_created() =>
        Assert.That(ConsulAclScript.Stdin(WithoutNomad, Management, null, AgentTokens), Is.EqualTo($"{Management}\n{Vb0}\n{Vb1}\n{Vb2}\n"));

    [Test]
    public void First_run_creates_the_policy_the_nomad_token_and_each_node_token_with_its_identity()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad)), ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("""
            consul-acl: created policy nomad-agents
            consul-acl: created the Nomad agent token
            consul-acl: created the agent token of node vb0
            consul-acl: created the agent token of node vb1
            consul-acl: created the agent token of node vb2

            """));
        Assert.That(vm.Requests, Is.EqualTo(new[]
        {
            "GET /v1/status/leader", "GET /v1/acl/token/self",
            "GET /v1/acl/policy/name/nomad-agents", "PUT /v1/acl/policy",
            "GET /v1/acl/token/self", "PUT /v1/acl/token",
            "GET /v1/acl/token/self", "PUT /v1/acl/token",
            "GET /v1/acl/token/self", "PUT /v1/acl/token",
            "GET /v1/acl/token/self", "PUT /v1/acl/token",
        }));
        // Each SecretID got the identity of its place in Stdin: the script reads in the order Stdin writes.
        Assert.That(vm.Tokens, Is.EquivalentTo(new Dictionary<string, string>
        {
            [Management] = "{}",
            [NomadAgent] = $$"""{"SecretID":"{{NomadAgent}}","Description":"Nomad agents","Policies":[{"Name":"nomad-agents"}]}""",
            [Vb0] = $$"""{"SecretID":"{{Vb0}}","Description":"Consul agent vb0","NodeIdentities":[{"NodeName":"vb0","Datacenter":"dc1"}]}""",
            [Vb1] = $$"""{"SecretID":"{{Vb1}}","Description":"Consul agent vb1","NodeIdentities":[{"NodeName":"vb1","Datacenter":"dc1"}]}""",
            [Vb2] = $$"""{"SecretID":"{{Vb2}}","Description":"Consul agent vb2","NodeIdentities":[{"NodeName":"vb2","Datacenter":"dc1"}]}""",
        }));
    }

    [Test]
    public void Nomad_agents_policy_has_the_rules_of_Nomads_consul_ACL_docs()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad)), ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        using var policy = JsonDocument.Parse(vm.Policies["nomad-agents"]);
        Assert.That(policy.RootElement.GetProperty("Name").GetString(), Is.EqualTo("nomad-agents"));
        Assert.That(policy.RootElement.GetProperty("Rules").GetString(), Is.EqualTo("""
            agent_prefix "" {
              policy = "read"
            }
            node_prefix "" {
              policy = "write"
            }
            service_prefix "" {
              policy = "write"
            }
            acl = "write"
            mesh = "write"

            """));
    }

    [Test]
    public void Second_run_finds_everything_and_creates_nothing()
    {
        using var vm = FreshCluster();
        var create = RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad));
        var stdin = ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens);
        Assert.That(vm.Run(create, stdin).ExitCode, Is.Zero);
        var tokens = vm.Tokens;
        vm.ClearLogs();

        var result = vm.Run(create, stdin);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("""
            consul-acl: policy nomad-agents exists
            consul-acl: the Nomad agent token exists
            consul-acl: the agent token of node vb0 exists
            consul-acl: the agent token of node vb1 exists
            consul-acl: the agent token of node vb2 exists

            """));
        Assert.That(vm.Requests, Has.None.StartsWith("PUT"));
        Assert.That(vm.Tokens, Is.EquivalentTo(tokens));
    }

    [Test]
    public void Tokens_reach_curl_only_through_its_config_on_stdin()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad)), ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(vm.ArgvLog, Does.StartWith("sudo bash -c "));
        Assert.That(vm.ArgvLog.Split('\n').Where(l => l.StartsWith("curl", StringComparison.Ordinal)), Has.Exactly(12).EqualTo("curl --config -"));
        Assert.That(AllSecrets, Has.None.Matches<string>(s => vm.ArgvLog.Contains(s, StringComparison.OrdinalIgnoreCase)));
        Assert.That(AllSecrets, Has.All.Matches<string>(s => vm.CurlConfigs.Contains($"header = \"X-Consul-Token: {s}\"", StringComparison.Ordinal)));
    }

    [Test]
    public void Without_the_nomad_token_the_script_creates_only_node_tokens()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithoutNomad)), ConsulAclScript.Stdin(WithoutNomad, Management, null, AgentTokens));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(vm.Requests, Has.None.Contains("/v1/acl/policy"));
        Assert.That(vm.Policies, Is.Empty);
        Assert.That(vm.Tokens.Keys, Is.EquivalentTo(new[] { Management, Vb0, Vb1, Vb2 }));
    }

    [TestCase("no leader", "consul-acl: gave up after 150 tries 2 s apart: no leader elected yet\n")] // leader "" for 5 minutes
    [TestCase("unreachable", "consul-acl: gave up after 150 tries 2 s apart: GET /v1/status/leader: no answer (Failed to connect to 127.0.0.1: Connection refused)\n")] // agent not listening
    [TestCase("no management token", "consul-acl: gave up after 150 tries 2 s apart: the management token does not work yet: HTTP 403: ACL not found\n")] // leader without the token
    public void Script_gives_up_after_150_tries_2_seconds_apart_naming_the_last_answer(string scenario, string message)
    {
        using var vm = FreshCluster(managementTokenExists: scenario != "no management token");
        if (scenario == "no leader")
        {
            vm.Leader = "\"\"";
        }
        else if (scenario == "unreachable")
        {
            vm.MakeUnreachable();
        }

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad)), ConsulAclScript.Stdin(WithNomad, Management, NomadAgent, AgentTokens));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Sleeps, Is.EqualTo(Enumerable.Repeat("2", 149)));
        Assert.That(vm.Requests, Has.None.StartsWith("PUT"));
    }

    [TestCase("", "consul-acl: stdin ended before the management token\n")] // nothing sent
    [TestCase(Management + "\n" + NomadAgent + "\n", "consul-acl: stdin ended before the agent token of node vb0\n")] // node tokens left out
    [TestCase(Management + "\n" + NomadAgent + "\n" + Vb0 + "\n" + Vb1 + "\n" + Vb2 + "\n" + Vb2 + "\n", "consul-acl: stdin has more lines than the secrets expected\n")] // one line too many
    [TestCase("not-a-uuid\n" + NomadAgent + "\n" + Vb0 + "\n" + Vb1 + "\n" + Vb2 + "\n", "consul-acl: the management token on stdin is not a UUID\n")] // garbage first line
    public void Script_checks_stdin_before_any_request(string stdin, string message)
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithNomad)), stdin);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Requests, Is.Empty);
    }

    // Each row: a bad setup and the whole message it gives.
    private static IEnumerable<TestCaseData> BadSetups()
    {
        yield return new TestCaseData(WithNomad with { Datacenter = "DC1" },
            "Consul datacenter 'DC1' is not valid; Consul allows only lowercase letters, digits, '-' and '_'. (Parameter 'setup')").SetArgDisplayNames("upper-case datacenter");
        yield return new TestCaseData(WithNomad with { NodeNames = ["vb0", "VB1"] },
            "Node name 'VB1' cannot be a Consul node identity; use lowercase letters, digits, '-' and '_', starting and ending with a letter or digit. (Parameter 'setup')").SetArgDisplayNames("upper-case node");
        yield return new TestCaseData(WithNomad with { NodeNames = ["vb0-"] },
            "Node name 'vb0-' cannot be a Consul node identity; use lowercase letters, digits, '-' and '_', starting and ending with a letter or digit. (Parameter 'setup')").SetArgDisplayNames("node ending in a dash");
        yield return new TestCaseData(WithNomad with { NodeNames = ["vb0", "vb1", "vb0"] },
            "Node name 'vb0' is listed twice; each node gets one agent token. (Parameter 'setup')").SetArgDisplayNames("node twice");
    }

    [TestCaseSource(nameof(BadSetups))]
    public void Render_rejects_a_setup_Consul_would_refuse(ConsulAclSetup setup, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ConsulAclScript.Render(setup));

        Assert.That(error.Message, Is.EqualTo(message));
    }

    // Each row: bad tokens and the whole message, which never shows a token's value.
    private static IEnumerable<TestCaseData> BadTokens()
    {
        yield return new TestCaseData(WithNomad, Management, null, AgentTokens,
            "The Nomad agent token is missing; CreateNomadAgentToken is set. (Parameter 'nomadAgentToken')").SetArgDisplayNames("nomad token missing");
        yield return new TestCaseData(WithoutNomad, Management, NomadAgent, AgentTokens,
            "A Nomad agent token was given, but CreateNomadAgentToken is not set. (Parameter 'nomadAgentToken')").SetArgDisplayNames("nomad token not wanted");
        yield return new TestCaseData(WithNomad, Management, NomadAgent, new Dictionary<string, string> { ["vb0"] = Vb0, ["vb2"] = Vb2 },
            "The agent token of node 'vb1' is missing; agentTokensByNode needs one for every name in NodeNames. (Parameter 'agentTokensByNode')").SetArgDisplayNames("node token missing");
        yield return new TestCaseData(WithNomad, Management, NomadAgent, new Dictionary<string, string>(AgentTokens) { ["vs0"] = "0d6c3b2a-1111-4a4a-8b8b-000000000020" },
            "An agent token was given for node 'vs0', which is not in NodeNames. (Parameter 'agentTokensByNode')").SetArgDisplayNames("token for an unknown node");
        yield return new TestCaseData(WithNomad, "s3cr3t", NomadAgent, AgentTokens,
            "The management token is not a UUID; Consul takes only UUIDs as SecretIDs. (Parameter 'managementToken')").SetArgDisplayNames("management token not a UUID");
        yield return new TestCaseData(WithNomad, Management, NomadAgent, new Dictionary<string, string>(AgentTokens) { ["vb1"] = "{" + Vb1 + "}" },
            "The agent token of node vb1 is not a UUID; Consul takes only UUIDs as SecretIDs. (Parameter 'agentTokensByNode')").SetArgDisplayNames("node token in braces");
        yield return new TestCaseData(WithNomad, Management, NomadAgent, new Dictionary<string, string>(AgentTokens) { ["vb2"] = Management.ToUpperInvariant() },
            "The agent token of node vb2 is the same as the management token; every token needs its own SecretID. (Parameter 'agentTokensByNode')").SetArgDisplayNames("token reused");
    }

    [TestCaseSource(nameof(BadTokens))]
    public void Stdin_rejects_missing_extra_or_bad_tokens_without_showing_them(ConsulAclSetup setup, string management, string? nomad, Dictionary<string, string> agents, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ConsulAclScript.Stdin(setup, management, nomad, agents));

        Assert.That(error.Message, Is.EqualTo(message));
    }

    /// <summary>A server with a leader and (unless told otherwise) its initial management token, and nothing else.</summary>
    private static StubVm FreshCluster(bool managementTokenExists = true)
    {
        var vm = new StubVm();
        vm.SetManagementToken(Management, managementTokenExists);
        return vm;
    }
}
