using System.Text.Json;
using Lab.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class NomadAgentConfigRendererTests
{
    private const string ServerJoin = """{ "retry_join": ["192.168.10.120", "192.168.10.121", "192.168.10.122"] }""";

    private static readonly NomadAgentModel Server = new()
    {
        Region = "global",
        Datacenter = "dc1",
        NodeName = "vb0",
        Ip = "192.168.10.120",
        Roles = AgentRoles.Server,
        BootstrapExpect = 3,
        ServerIps = ["192.168.10.120", "192.168.10.121", "192.168.10.122"],
        GossipKey = "nomad-gossip-key-placeholder",
        ConsulToken = "consul-token-placeholder",
        NodeClass = null,
        Meta = new Dictionary<string, string>(),
    };

    private static readonly NomadAgentModel Client = Server with
    {
        NodeName = "vs0",
        Ip = "192.168.10.130",
        Roles = AgentRoles.Client,
        BootstrapExpect = 0,
        GossipKey = "",
        NodeClass = "service",
        // Given out of order: the renderer sorts by key.
        Meta = new Dictionary<string, string> { ["proxmox_node"] = "pve0", ["podman"] = "rootless" },
    };

    private static readonly NomadAgentModel Compact = Server with { Roles = AgentRoles.Server | AgentRoles.Client };

    [Test]
    public void Server_config_matches_golden_file()
    {
        Golden.AssertMatches("NomadAgentConfigRenderer.Server.json", NomadAgentConfigRenderer.Render(Server));
    }

    [Test]
    public void Client_config_matches_golden_file()
    {
        Golden.AssertMatches("NomadAgentConfigRenderer.Client.json", NomadAgentConfigRenderer.Render(Client));
    }

    [Test]
    public void Compact_config_matches_golden_file()
    {
        Golden.AssertMatches("NomadAgentConfigRenderer.Compact.json", NomadAgentConfigRenderer.Render(Compact));
    }

    [Test]
    public void Output_uses_lf_line_endings_two_space_indent_and_ends_with_a_newline()
    {
        var text = NomadAgentConfigRenderer.Render(Client);

        Assert.That(text, Does.Not.Contain("\r"));
        Assert.That(text, Does.StartWith("{\n  \"region\": \"global\",\n"));
        Assert.That(text, Does.EndWith("}\n"));
    }

    [Test]
    public void Agent_names_region_datacenter_node_and_data_dir()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("region").GetString(), Is.EqualTo("global"));
        Assert.That(json.GetProperty("datacenter").GetString(), Is.EqualTo("dc1"));
        Assert.That(json.GetProperty("name").GetString(), Is.EqualTo("vs0"));
        Assert.That(json.GetProperty("data_dir").GetString(), Is.EqualTo("/opt/nomad/data"));
    }

    [Test]
    public void Agent_binds_everywhere_and_advertises_its_own_ip_on_the_lab_ports()
    {
        var json = Render(Client);

        Assert.That(json.GetProperty("bind_addr").GetString(), Is.EqualTo("0.0.0.0"));
        JsonAssert.Matches(json.GetProperty("advertise"), """
            { "http": "192.168.10.130", "rpc": "192.168.10.130", "serf": "192.168.10.130" }
            """);
        JsonAssert.Matches(json.GetProperty("ports"), """{ "http": 4646, "rpc": 4647, "serf": 4648 }""");
    }

    [Test]
    public void Server_expects_the_server_count_encrypts_gossip_and_joins_every_server()
    {
        JsonAssert.Matches(Render(Server).GetProperty("server"), $$"""
            {
              "enabled": true,
              "bootstrap_expect": 3,
              "encrypt": "nomad-gossip-key-placeholder",
              "server_join": {{ServerJoin}}
            }
            """);
    }

    [Test]
    public void Server_has_no_client_block_and_no_podman_plugin()
    {
        var json = Render(Server);

        Assert.That(json.TryGetProperty("client", out _), Is.False);
        Assert.That(json.TryGetProperty("plugin", out _), Is.False);
    }

    [Test]
    public void Client_joins_every_server_on_the_rpc_port_with_class_and_sorted_meta()
    {
        var client = Render(Client).GetProperty("client");

        JsonAssert.Matches(client.GetProperty("server_join"), ServerJoin);
        Assert.That(client.GetProperty("node_class").GetString(), Is.EqualTo("service"));
        Assert.That(client.GetProperty("meta").EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            Is.EqualTo(new[] { ("podman", "rootless"), ("proxmox_node", "pve0") }));
    }

    [Test]
    public void Client_has_no_server_block_and_no_gossip_key()
    {
        var text = NomadAgentConfigRenderer.Render(Client with { GossipKey = "unused-on-clients" });

        Assert.That(JsonAssert.Parse(text).TryGetProperty("server", out _), Is.False);
        Assert.That(text, Does.Not.Contain("unused-on-clients"));
    }

    [Test]
    public void Client_offers_the_data_host_volume_read_write_and_the_host_paths_the_monitoring_jobs_read_read_only()
    {
        JsonAssert.Matches(Render(Client).GetProperty("client").GetProperty("host_volume"), """
            {
              "data": { "path": "/var/data", "read_only": false },
              "journal": { "path": "/var/log/journal", "read_only": true },
              "machine-id": { "path": "/etc/machine-id", "read_only": true },
              "host-root": { "path": "/", "read_only": true }
            }
            """);
    }

    [Test]
    public void Client_starts_the_podman_driver_only()
    {
        JsonAssert.Matches(Render(Client).GetProperty("client").GetProperty("options"), """
            { "driver.allowlist": "podman" }
            """);
    }

    [Test]
    public void Client_without_class_or_meta_leaves_both_out()
    {
        var client = Render(Client with { NodeClass = null, Meta = new Dictionary<string, string>() }).GetProperty("client");

        Assert.That(client.TryGetProperty("node_class", out _), Is.False);
        Assert.That(client.TryGetProperty("meta", out _), Is.False);
    }

    [Test]
    public void Client_runs_the_podman_driver_on_the_rootless_socket_with_host_bind_mounts_off()
    {
        JsonAssert.Matches(Render(Client).GetProperty("plugin"), """
            {
              "nomad-driver-podman": {
                "config": {
                  "socket_path": "unix:///run/user/1100/podman/podman.sock",
                  "volumes": { "enabled": false }
                }
              }
            }
            """);
    }

    [Test]
    public void Compact_node_has_both_server_and_client_blocks_and_the_podman_plugin()
    {
        var json = Render(Compact);

        Assert.That(json.GetProperty("server").GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(json.GetProperty("client").GetProperty("enabled").GetBoolean(), Is.True);
        JsonAssert.Matches(json.GetProperty("server").GetProperty("server_join"), ServerJoin);
        JsonAssert.Matches(json.GetProperty("client").GetProperty("server_join"), ServerJoin);
        Assert.That(json.GetProperty("plugin").TryGetProperty("nomad-driver-podman", out _), Is.True);
    }

    [Test]
    public void Tls_is_on_for_http_and_rpc_with_hostname_checks_and_no_client_certificate_on_https()
    {
        JsonAssert.Matches(Render(Server).GetProperty("tls"), """
            {
              "http": true,
              "rpc": true,
              "ca_file": "/etc/nomad.d/tls/ca.pem",
              "cert_file": "/etc/nomad.d/tls/agent.pem",
              "key_file": "/etc/nomad.d/tls/agent-key.pem",
              "verify_server_hostname": true,
              "verify_https_client": false
            }
            """);
    }

    [Test]
    public void Acl_is_enabled()
    {
        JsonAssert.Matches(Render(Client).GetProperty("acl"), """{ "enabled": true }""");
    }

    [Test]
    public void Consul_is_reached_over_tls_on_8501_and_8503_with_nomads_own_certificate()
    {
        JsonAssert.Matches(Render(Client).GetProperty("consul"), """
            {
              "address": "127.0.0.1:8501",
              "ssl": true,
              "verify_ssl": true,
              "ca_file": "/etc/nomad.d/tls/ca.pem",
              "cert_file": "/etc/nomad.d/tls/agent.pem",
              "key_file": "/etc/nomad.d/tls/agent-key.pem",
              "grpc_address": "127.0.0.1:8503",
              "grpc_ca_file": "/etc/nomad.d/tls/ca.pem",
              "token": "consul-token-placeholder",
              "server_service_name": "nomad",
              "client_service_name": "nomad-client",
              "auto_advertise": true
            }
            """);
    }

    [Test]
    public void Telemetry_publishes_prometheus_node_and_allocation_metrics_under_names_without_the_host()
    {
        JsonAssert.Matches(Render(Server).GetProperty("telemetry"), """
            { "prometheus_metrics": true, "publish_allocation_metrics": true, "publish_node_metrics": true, "disable_hostname": true }
            """);
    }

    [Test]
    public void Render_rejects_a_node_without_roles()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Client with { Roles = AgentRoles.None }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: Roles 'None' is not Server, Client or both; a Nomad agent serves, runs jobs, or does both (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_an_unknown_role_flag()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Client with { Roles = (AgentRoles)4 }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: Roles '4' is not Server, Client or both; a Nomad agent serves, runs jobs, or does both (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_a_server_that_expects_no_servers()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Compact with { BootstrapExpect = 0 }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: BootstrapExpect 0 is below 1; a server must expect at least one server (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_bootstrap_expect_without_the_server_role()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Client with { BootstrapExpect = 3 }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: BootstrapExpect 3 is set without the Server role; only servers bootstrap, so set 0 (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_empty_server_ips()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Client with { ServerIps = [] }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: ServerIps is empty; servers join each other and clients find servers through it (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_a_server_without_a_gossip_key()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(Server with { GossipKey = "" }), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: GossipKey is missing on a server; servers encrypt their gossip with it (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_node_class_and_meta_without_the_client_role()
    {
        var model = Server with { NodeClass = "service", Meta = new Dictionary<string, string> { ["zone"] = "a", ["podman"] = "rootless" } };

        Assert.That(() => NomadAgentConfigRenderer.Render(model), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: NodeClass 'service' is set without the Client role; node classes apply to clients only; "
            + "Meta 'podman, zone' is set without the Client role; node metadata applies to clients only (Parameter 'model')"));
    }

    [Test]
    public void Render_reports_every_failure_of_a_model_at_once()
    {
        var model = Client with
        {
            Region = "",
            Ip = "192.168.10.300",
            ServerIps = ["192.168.10.120", "vb1"],
            ConsulToken = " ",
            NodeClass = "",
            Meta = new Dictionary<string, string> { [""] = "x" },
        };

        Assert.That(() => NomadAgentConfigRenderer.Render(model), Throws.ArgumentException.With.Message.EqualTo(
            "NomadAgentModel is invalid: Region '' must not be empty; "
            + "Ip '192.168.10.300' is not an IPv4 address (four decimal octets, no leading zeros); "
            + "ServerIps[1] 'vb1' is not an IPv4 address (four decimal octets, no leading zeros); "
            + "ConsulToken ' ' must not be empty; NodeClass '' is blank; use null for no node class; "
            + "Meta key '' must not be empty (Parameter 'model')"));
    }

    [Test]
    public void Render_rejects_a_null_model()
    {
        Assert.That(() => NomadAgentConfigRenderer.Render(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("model"));
    }

    private static JsonElement Render(NomadAgentModel model) => JsonAssert.Parse(NomadAgentConfigRenderer.Render(model));
}
