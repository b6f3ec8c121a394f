using System.Text.Json;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ConsulAclScriptTests
{
    private const string Management = "0d6c3b2a-1111-4a4a-8b8b-000000000001";
    private const string NomadServer = "0d6c3b2a-1111-4a4a-8b8b-000000000002";
    private const string NomadClient = "0d6c3b2a-1111-4a4a-8b8b-000000000003";
    private const string Dns = "0d6c3b2a-1111-4a4a-8b8b-000000000004";
    private const string Vb0 = "0d6c3b2a-1111-4a4a-8b8b-000000000010";
    private const string Vb1 = "0d6c3b2a-1111-4a4a-8b8b-000000000011";
    private const string Vb2 = "0d6c3b2a-1111-4a4a-8b8b-000000000012";

    private static readonly ConsulAclSetup WithPolicies = new("dc1", ConsulAgentPolicies.Cluster, ["vb0", "vb1", "vb2"]);
    private static readonly ConsulAclSetup NodesOnly = WithPolicies with { PolicyTokens = [] };
    private static readonly string[] PolicyTokens = [NomadServer, NomadClient, Dns];
    private static readonly Dictionary<string, string> AgentTokens = new() { ["vb1"] = Vb1, ["vb0"] = Vb0, ["vb2"] = Vb2 };
    private static readonly string[] AllSecrets = [Management, NomadServer, NomadClient, Dns, Vb0, Vb1, Vb2];

    private static string StdinWithPolicies => ConsulAclScript.Stdin(WithPolicies, Management, PolicyTokens, AgentTokens);

    [Test]
    public void Script_with_the_agent_policies_matches_its_golden_file() =>
        Golden.AssertMatches("ConsulAclScript.WithPolicies.sh", ConsulAclScript.Render(WithPolicies));

    [Test]
    public void Script_with_node_tokens_only_matches_its_golden_file() =>
        Golden.AssertMatches("ConsulAclScript.NodesOnly.sh", ConsulAclScript.Render(NodesOnly));

    [TestCase(true)] // with the policies and their tokens
    [TestCase(false)] // agent tokens only
    public void Script_passes_bash_n_and_shellcheck(bool policies)
    {
        var script = ConsulAclScript.Render(policies ? WithPolicies : NodesOnly);

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void Stdin_lists_the_management_then_each_policy_then_each_node_token_in_order() =>
        Assert.That(StdinWithPolicies, Is.EqualTo($"{Management}\n{NomadServer}\n{NomadClient}\n{Dns}\n{Vb0}\n{Vb1}\n{Vb2}\n"));

    [Test]
    public void First_run_creates_each_policy_with_its_token_and_each_node_token_with_its_identity()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), StdinWithPolicies);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("""
            consul-acl: created policy nomad-server
            consul-acl: created the nomad-server token
            consul-acl: created policy nomad-client
            consul-acl: created the nomad-client token
            consul-acl: created policy dns
            consul-acl: created the dns token
            consul-acl: created the agent token of node vb0
            consul-acl: created the agent token of node vb1
            consul-acl: created the agent token of node vb2

            """));
        // Each SecretID got the identity of its place in Stdin: the script reads in the order Stdin writes.
        Assert.That(vm.Tokens, Is.EquivalentTo(new Dictionary<string, string>
        {
            [Management] = "{}",
            [NomadServer] = $$"""{"SecretID":"{{NomadServer}}","Description":"Nomad servers","Policies":[{"Name":"nomad-server"}]}""",
            [NomadClient] = $$"""{"SecretID":"{{NomadClient}}","Description":"Nomad clients","Policies":[{"Name":"nomad-client"}]}""",
            [Dns] = $$"""{"SecretID":"{{Dns}}","Description":"Consul DNS","Policies":[{"Name":"dns"}]}""",
            [Vb0] = $$"""{"SecretID":"{{Vb0}}","Description":"Consul agent vb0","NodeIdentities":[{"NodeName":"vb0","Datacenter":"dc1"}]}""",
            [Vb1] = $$"""{"SecretID":"{{Vb1}}","Description":"Consul agent vb1","NodeIdentities":[{"NodeName":"vb1","Datacenter":"dc1"}]}""",
            [Vb2] = $$"""{"SecretID":"{{Vb2}}","Description":"Consul agent vb2","NodeIdentities":[{"NodeName":"vb2","Datacenter":"dc1"}]}""",
        }));
    }

    [TestCase("nomad-server")]
    [TestCase("nomad-client")]
    [TestCase("dns")]
    public void No_agent_policy_may_write_acls_so_root_on_a_node_is_not_root_of_consul(string name)
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), StdinWithPolicies);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        using var policy = JsonDocument.Parse(vm.Policies[name]);
        Assert.That(policy.RootElement.GetProperty("Rules").GetString(), Does.Not.Contain("acl").And.Not.Contain("operator").And.Not.Contain("key_prefix"));
    }

    [Test]
    public void Dns_policy_reads_nodes_services_and_prepared_queries_as_consuls_dns_token_guide_says() =>
        Assert.That(ConsulAgentPolicies.Dns.Rules, Is.EqualTo("""
            node_prefix "" {
              policy = "read"
            }
            service_prefix "" {
              policy = "read"
            }
            query_prefix "" {
              policy = "read"
            }

            """));

    [Test]
    public void Nomad_servers_may_register_only_the_nomad_service_and_clients_any_service()
    {
        Assert.That(ConsulAgentPolicies.NomadServer.Rules, Does.Contain("service \"nomad\" {\n  policy = \"write\"").And.Contain("service_prefix \"\" {\n  policy = \"read\""));
        Assert.That(ConsulAgentPolicies.NomadClient.Rules, Does.Contain("service_prefix \"\" {\n  policy = \"write\""));
    }

    [Test]
    public void Second_run_updates_policies_and_tokens_in_place_and_creates_nothing()
    {
        using var vm = FreshCluster();
        var create = RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies));
        Assert.That(vm.Run(create, StdinWithPolicies).ExitCode, Is.Zero);
        var tokens = vm.Tokens;
        vm.ClearLogs();

        var result = vm.Run(create, StdinWithPolicies);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Does.Not.Contain("created"));
        Assert.That(vm.Requests.Where(r => r.StartsWith("PUT", StringComparison.Ordinal)), Has.All.Matches<string>(r => r.Contains("/00000000-0000-4000-8000-", StringComparison.Ordinal)),
            "every write names the existing policy or token");
        Assert.That(vm.Tokens, Is.EquivalentTo(tokens));
    }

    [Test]
    public void An_edited_policy_converges_on_the_next_run()
    {
        using var vm = FreshCluster();
        Assert.That(vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), StdinWithPolicies).ExitCode, Is.Zero);
        var edited = WithPolicies with { PolicyTokens = [ConsulAgentPolicies.NomadServer, ConsulAgentPolicies.NomadClient with { Rules = "node_prefix \"\" {\n  policy = \"read\"\n}\n" }, ConsulAgentPolicies.Dns] };

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(edited)), ConsulAclScript.Stdin(edited, Management, PolicyTokens, AgentTokens));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Does.Contain("consul-acl: updated policy nomad-client"));
        using var policy = JsonDocument.Parse(vm.Policies["nomad-client"]);
        Assert.That(policy.RootElement.GetProperty("Rules").GetString(), Is.EqualTo("node_prefix \"\" {\n  policy = \"read\"\n}\n"));
    }

    [Test]
    public void Tokens_reach_curl_only_through_its_config_on_stdin()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), StdinWithPolicies);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(vm.ArgvLog, Does.StartWith("sudo bash -c "));
        Assert.That(vm.ArgvLog.Split('\n').Where(l => l.StartsWith("curl", StringComparison.Ordinal)), Has.All.EqualTo("curl --config -"));
        Assert.That(AllSecrets, Has.None.Matches<string>(s => vm.ArgvLog.Contains(s, StringComparison.OrdinalIgnoreCase)));
        Assert.That(AllSecrets, Has.All.Matches<string>(s => vm.CurlConfigs.Contains($"header = \"X-Consul-Token: {s}\"", StringComparison.Ordinal)));
    }

    [Test]
    public void With_node_tokens_only_the_script_touches_no_policy()
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(NodesOnly)), ConsulAclScript.Stdin(NodesOnly, Management, [], AgentTokens));

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

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), StdinWithPolicies);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Sleeps, Is.EqualTo(Enumerable.Repeat("2", 149)));
        Assert.That(vm.Requests, Has.None.StartsWith("PUT"));
    }

    [TestCase("", "consul-acl: stdin ended before the management token\n")] // nothing sent
    [TestCase(Management + "\n" + NomadServer + "\n" + NomadClient + "\n" + Dns + "\n", "consul-acl: stdin ended before the agent token of node vb0\n")] // node tokens left out
    [TestCase(Management + "\n" + NomadServer + "\n" + NomadClient + "\n" + Dns + "\n" + Vb0 + "\n" + Vb1 + "\n" + Vb2 + "\n" + Vb2 + "\n", "consul-acl: stdin has more lines than the secrets expected\n")] // one line too many
    [TestCase("not-a-uuid\n" + NomadServer + "\n" + NomadClient + "\n" + Dns + "\n" + Vb0 + "\n" + Vb1 + "\n" + Vb2 + "\n", "consul-acl: the management token on stdin is not a UUID\n")] // garbage first line
    public void Script_checks_stdin_before_any_request(string stdin, string message)
    {
        using var vm = FreshCluster();

        var result = vm.Run(RemoteShell.SudoBash(ConsulAclScript.Render(WithPolicies)), stdin);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Requests, Is.Empty);
    }

    // Each row: a bad setup and the whole message it gives.
    private static IEnumerable<TestCaseData> BadSetups()
    {
        yield return new TestCaseData(WithPolicies with { Datacenter = "DC1" },
            "Consul datacenter 'DC1' is not valid; Consul allows only lowercase letters, digits, '-' and '_'. (Parameter 'setup')").SetArgDisplayNames("upper-case datacenter");
        yield return new TestCaseData(WithPolicies with { NodeNames = ["vb0", "VB1"] },
            "Node name 'VB1' cannot be a Consul node identity; use lowercase letters, digits, '-' and '_', starting and ending with a letter or digit. (Parameter 'setup')").SetArgDisplayNames("upper-case node");
        yield return new TestCaseData(WithPolicies with { NodeNames = ["vb0-"] },
            "Node name 'vb0-' cannot be a Consul node identity; use lowercase letters, digits, '-' and '_', starting and ending with a letter or digit. (Parameter 'setup')").SetArgDisplayNames("node ending in a dash");
        yield return new TestCaseData(WithPolicies with { NodeNames = ["vb0", "vb1", "vb0"] },
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
        yield return new TestCaseData(WithPolicies, Management, new[] { NomadServer }, AgentTokens,
            "1 policy tokens were given for 3 policies; policyTokens needs one per entry of PolicyTokens. (Parameter 'policyTokens')").SetArgDisplayNames("policy tokens missing");
        yield return new TestCaseData(WithPolicies, Management, PolicyTokens, new Dictionary<string, string> { ["vb0"] = Vb0, ["vb2"] = Vb2 },
            "The agent token of node 'vb1' is missing; agentTokensByNode needs one for every name in NodeNames. (Parameter 'agentTokensByNode')").SetArgDisplayNames("node token missing");
        yield return new TestCaseData(WithPolicies, Management, PolicyTokens, new Dictionary<string, string>(AgentTokens) { ["vs0"] = "0d6c3b2a-1111-4a4a-8b8b-000000000020" },
            "An agent token was given for node 'vs0', which is not in NodeNames. (Parameter 'agentTokensByNode')").SetArgDisplayNames("token for an unknown node");
        yield return new TestCaseData(WithPolicies, "s3cr3t", PolicyTokens, AgentTokens,
            "The management token is not a UUID; Consul takes only UUIDs as SecretIDs. (Parameter 'managementToken')").SetArgDisplayNames("management token not a UUID");
        yield return new TestCaseData(WithPolicies, Management, PolicyTokens, new Dictionary<string, string>(AgentTokens) { ["vb1"] = "{" + Vb1 + "}" },
            "The agent token of node vb1 is not a UUID; Consul takes only UUIDs as SecretIDs. (Parameter 'agentTokensByNode')").SetArgDisplayNames("node token in braces");
        yield return new TestCaseData(WithPolicies, Management, new[] { NomadServer, Management.ToUpperInvariant(), Dns }, AgentTokens,
            "The nomad-client token is the same as the management token; every token needs its own SecretID. (Parameter 'policyTokens')").SetArgDisplayNames("token reused");
    }

    [TestCaseSource(nameof(BadTokens))]
    public void Stdin_rejects_missing_extra_or_bad_tokens_without_showing_them(ConsulAclSetup setup, string management, string[] policies, Dictionary<string, string> agents, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ConsulAclScript.Stdin(setup, management, policies, agents));

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
