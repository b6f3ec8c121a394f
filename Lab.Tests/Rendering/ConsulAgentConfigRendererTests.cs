using System.Text.Json;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ConsulAgentConfigRendererTests
{
    private static readonly string[] ServerIps = ["192.168.10.120", "192.168.10.121", "192.168.10.122"];

    private static readonly ConsulAgentModel Server = new()
    {
        Datacenter = "dc1",
        NodeName = "vb0",
        Ip = "192.168.10.120",
        Server = true,
        BootstrapExpect = 3,
        RetryJoin = ServerIps,
        GossipKey = "gossip-key-placeholder",
        AgentToken = "agent-token-placeholder",
        DnsToken = "dns-token-placeholder",
        InitialManagementToken = "initial-management-token-placeholder",
    };

    private static readonly ConsulAgentModel Client = Server with
    {
        NodeName = "vs0",
        Ip = "192.168.10.130",
        Server = false,
        BootstrapExpect = 0,
        InitialManagementToken = null,
    };

    [Test]
    public void Server_config_matches_golden_file()
    {
        Golden.AssertMatches("ConsulAgentConfigRenderer.Server.json", ConsulAgentConfigRenderer.Render(Server));
    }

    [Test]
    public void Client_config_matches_golden_file()
    {
        Golden.AssertMatches("ConsulAgentConfigRenderer.Client.json", ConsulAgentConfigRenderer.Render(Client));
    }

    [Test]
    public void Output_uses_lf_line_endings_two_space_indent_and_ends_with_a_newline()
    {
        var text = ConsulAgentConfigRenderer.Render(Server);

        Assert.That(text, Does.Not.Contain("\r"));
        Assert.That(text, Does.StartWith("{\n  \"datacenter\": \"dc1\",\n"));
        Assert.That(text, Does.EndWith("}\n"));
    }

    [Test]
    public void Server_requires_client_certificates_on_rpc_but_not_on_the_https_api()
    {
        var tls = Render(Server).GetProperty("tls");

        JsonAssert.Matches(tls.GetProperty("defaults"), """
            {
              "ca_file": "/etc/consul.d/tls/ca.pem",
              "cert_file": "/etc/consul.d/tls/agent.pem",
              "key_file": "/etc/consul.d/tls/agent-key.pem",
              "verify_incoming": false,
              "verify_outgoing": true,
              "tls_min_version": "TLSv1_2"
            }
            """);
        JsonAssert.Matches(tls.GetProperty("internal_rpc"), """{ "verify_incoming": true, "verify_server_hostname": true }""");
        JsonAssert.Matches(tls.GetProperty("https"), """{ "verify_incoming": false }""");
    }

    [Test]
    public void Agents_keep_prometheus_metrics_and_answer_dns_with_the_dns_token()
    {
        var json = Render(Client);

        JsonAssert.Matches(json.GetProperty("telemetry"), """{ "prometheus_retention_time": "60s", "disable_hostname": true }""");
        Assert.That(json.GetProperty("acl").GetProperty("tokens").GetProperty("dns").GetString(), Is.EqualTo("dns-token-placeholder"));
    }

    [Test]
    public void Client_verifies_tls_like_a_server()
    {
        Assert.That(Render(Client).GetProperty("tls"), Is.EqualTo(Render(Server).GetProperty("tls")).Using<JsonElement>(JsonElement.DeepEquals));
    }

    [Test]
    public void Grpc_port_does_not_ask_envoy_for_a_client_certificate()
    {
        JsonAssert.Matches(Render(Client).GetProperty("tls").GetProperty("grpc"), """{ "verify_incoming": false }""");
    }

    [Test]
    public void Gossip_is_encrypted_and_verified_both_ways()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("encrypt").GetString(), Is.EqualTo("gossip-key-placeholder"));
        Assert.That(json.GetProperty("encrypt_verify_incoming").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("encrypt_verify_outgoing").GetBoolean(), Is.True);
    }

    [Test]
    public void Server_acl_denies_by_default_and_holds_both_tokens()
    {
        JsonAssert.Matches(Render(Server).GetProperty("acl"), """
            {
              "enabled": true,
              "default_policy": "deny",
              "down_policy": "extend-cache",
              "enable_token_persistence": true,
              "tokens": {
                "initial_management": "initial-management-token-placeholder",
                "agent": "agent-token-placeholder",
                "dns": "dns-token-placeholder"
              }
            }
            """);
    }

    [Test]
    public void Client_acl_denies_by_default_and_has_no_initial_management_token()
    {
        var acl = Render(Client).GetProperty("acl");

        Assert.That(acl.GetProperty("default_policy").GetString(), Is.EqualTo("deny"));
        JsonAssert.Matches(acl.GetProperty("tokens"), """{ "agent": "agent-token-placeholder", "dns": "dns-token-placeholder" }""");
    }

    [Test]
    public void Plain_http_api_listens_only_on_loopback()
    {
        var json = Render(Server);

        Assert.That(json.GetProperty("client_addr").GetString(), Is.EqualTo("127.0.0.1"));
        Assert.That(json.GetProperty("addresses").TryGetProperty("http", out _), Is.False, "addresses.http would override client_addr");
        Assert.That(json.GetProperty("ports").GetProperty("http").GetInt32(), Is.EqualTo(8500));
    }

    [Test]
    public void Https_grpc_tls_and_dns_listen_on_every_interface()
    {
        JsonAssert.Matches(Render(Client).GetProperty("addresses"), """
            { "https": "0.0.0.0", "grpc_tls": "0.0.0.0", "dns": "0.0.0.0" }
            """);
    }

    [Test]
    public void Ports_are_the_lab_ports_with_plaintext_grpc_disabled()
    {
        JsonAssert.Matches(Render(Server).GetProperty("ports"), """
            { "http": 8500, "https": 8501, "grpc": -1, "grpc_tls": 8503, "dns": 8600 }
            """);
    }

    [Test]
    public void Agent_binds_and_advertises_its_own_ip()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("bind_addr").GetString(), Is.EqualTo("192.168.10.130"));
        Assert.That(json.GetProperty("advertise_addr").GetString(), Is.EqualTo("192.168.10.130"));
    }

    [Test]
    public void Server_expects_the_server_count_and_joins_every_server()
    {
        var json = Render(Server);

        Assert.That(json.GetProperty("server").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("bootstrap_expect").GetInt32(), Is.EqualTo(3));
        JsonAssert.Matches(json.GetProperty("retry_join"), """["192.168.10.120", "192.168.10.121", "192.168.10.122"]""");
    }

    [Test]
    public void Client_joins_every_server_and_has_no_bootstrap_expect()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("server").GetBoolean(), Is.False);
        Assert.That(json.TryGetProperty("bootstrap_expect", out _), Is.False);
        JsonAssert.Matches(json.GetProperty("retry_join"), """["192.168.10.120", "192.168.10.121", "192.168.10.122"]""");
    }

    [Test]
    public void Server_has_ui_raft_multiplier_1_and_connect()
    {
        var json = Render(Server);

        JsonAssert.Matches(json.GetProperty("ui_config"), """{ "enabled": true }""");
        JsonAssert.Matches(json.GetProperty("performance"), """{ "raft_multiplier": 1 }""");
        JsonAssert.Matches(json.GetProperty("connect"), """{ "enabled": true }""");
    }

    [Test]
    public void Client_has_connect_but_no_ui_or_raft_tuning()
    {
        var json = Render(Client);

        JsonAssert.Matches(json.GetProperty("connect"), """{ "enabled": true }""");
        Assert.That(json.TryGetProperty("ui_config", out _), Is.False);
        Assert.That(json.TryGetProperty("performance", out _), Is.False);
    }

    [Test]
    public void Agent_keeps_its_data_in_the_consul_data_dir_and_reloads_changed_files()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("data_dir").GetString(), Is.EqualTo("/opt/consul"));
        Assert.That(json.GetProperty("auto_reload_config").GetBoolean(), Is.True);
    }

    [Test]
    public void Render_keeps_base64_characters_unescaped()
    {
        var text = ConsulAgentConfigRenderer.Render(Server with { GossipKey = "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=" });

        Assert.That(text, Does.Contain("\"encrypt\": \"pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=\","));
    }

    [Test]
    public void Render_rejects_a_server_that_expects_no_servers()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Server with { BootstrapExpect = 0 }), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: BootstrapExpect 0 is below 1; a server must expect at least one server (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_bootstrap_expect_on_a_client()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Client with { BootstrapExpect = 3 }), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: BootstrapExpect 3 is set on a client; only servers bootstrap, so set 0 (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_an_initial_management_token_on_a_client_without_quoting_it()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Client with { InitialManagementToken = "s3cret" }), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: InitialManagementToken is set on a client; only servers take the initial management token, so set null (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_a_server_without_an_initial_management_token()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Server with { InitialManagementToken = null }), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: InitialManagementToken is missing on a server; servers need it so that ACLs bootstrap without a manual step (Parameter 'model')"));
    }

    [TestCase("10.0.5.300")] // octet past 255
    [TestCase("10.1")] // short form that IPAddress.Parse accepts
    [TestCase("010.0.0.1")] // leading zero, octal to some parsers
    [TestCase("fe80::1")] // IPv6
    [TestCase("vb0")] // a name
    public void Render_rejects_an_ip_that_is_not_ipv4(string ip)
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Server with { Ip = ip }), Throws.ArgumentException.With.Message.EqualTo(
            $"ConsulAgentModel is invalid: Ip '{ip}' is not an IPv4 address (four decimal octets, no leading zeros) (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_an_empty_retry_join()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(Client with { RetryJoin = [] }), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: RetryJoin is empty; an agent needs at least one server address to join (Parameter 'model')"));
    }

    [Test]
    public void Render_reports_every_failure_of_a_model_at_once()
    {
        var model = Client with
        {
            Datacenter = "",
            NodeName = " ",
            RetryJoin = ["192.168.10.120", "192.168.10"],
            GossipKey = "",
            AgentToken = "",
        };

        Assert.That(() => ConsulAgentConfigRenderer.Render(model), Throws.ArgumentException.With.Message.EqualTo(
            "ConsulAgentModel is invalid: Datacenter '' must not be empty; NodeName ' ' must not be empty; "
            + "RetryJoin[1] '192.168.10' is not an IPv4 address (four decimal octets, no leading zeros); "
            + "GossipKey '' must not be empty; AgentToken '' must not be empty (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_a_null_model()
    {
        Assert.That(() => ConsulAgentConfigRenderer.Render(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("model"));
    }

    private static JsonElement Render(ConsulAgentModel model) => JsonAssert.Parse(ConsulAgentConfigRenderer.Render(model));
}
