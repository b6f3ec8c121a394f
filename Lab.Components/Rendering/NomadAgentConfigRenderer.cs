namespace Lab.Components.Rendering;

/// <summary>
/// Renders a Nomad agent's <see cref="AgentPaths.NomadConfig"/>. Nomad reads JSON config with HCL1, so the document
/// mirrors the HCL blocks, and labelled blocks (<c>host_volume "data"</c>, <c>plugin "nomad-driver-podman"</c>) are
/// objects keyed by their label; Nomad's own test fixture <c>command/agent/testdata/plugin.json</c> uses that shape
/// for <c>plugin</c>. TLS on HTTP and RPC (client certificates on RPC only, D1), ACLs on, and Consul reached over TLS on loopback.
/// </summary>
internal static class NomadAgentConfigRenderer
{
    /// <summary>HTTP API.</summary>
    public const int HttpPort = 4646;

    /// <summary>RPC: clients reach servers here, so the clients' <c>retry_join</c> needs no port.</summary>
    public const int RpcPort = 4647;

    /// <summary>Serf gossip between servers, the default port of the servers' <c>retry_join</c>.</summary>
    public const int SerfPort = 4648;

    /// <summary>The Podman task driver's plugin name (its executable in the plugin directory).</summary>
    public const string PodmanPlugin = "nomad-driver-podman";

    /// <summary>The name the Podman driver registers under (its <c>PluginInfo</c>), what jobs' tasks name as <c>driver</c>.</summary>
    public const string PodmanDriver = "podman";

    /// <summary>
    /// The client option that limits the task drivers Nomad starts to these (<c>client/client.go</c> reads it, the
    /// driver manager's <c>isDriverBlocked</c> skips every other): no built-in <c>exec</c>, <c>java</c> or <c>qemu</c>
    /// driver, whose tasks would run outside rootless Podman, can take a job.
    /// </summary>
    public const string DriverAllowlistOption = "driver.allowlist";

    private const string Loopback = "127.0.0.1";

    /// <summary>The agent's config file; throws <see cref="ArgumentException"/> listing every broken rule of <paramref name="model"/>.</summary>
    public static string Render(NomadAgentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(model);

        var server = model.Roles.HasFlag(AgentRoles.Server);
        var client = model.Roles.HasFlag(AgentRoles.Client);
        return AgentJson.Write(new NomadDocument
        {
            Region = model.Region,
            Datacenter = model.Datacenter,
            Name = model.NodeName,
            DataDir = AgentPaths.NomadDataDir,
            BindAddr = "0.0.0.0",
            Advertise = new NomadAdvertise { Http = model.Ip, Rpc = model.Ip, Serf = model.Ip },
            Ports = new NomadPorts { Http = HttpPort, Rpc = RpcPort, Serf = SerfPort },
            Server = server
                ? new NomadServer
                {
                    Enabled = true,
                    BootstrapExpect = model.BootstrapExpect,
                    Encrypt = model.GossipKey,
                    ServerJoin = new NomadServerJoin { RetryJoin = model.ServerIps },
                }
                : null,
            Client = client
                ? new NomadClient
                {
                    Enabled = true,
                    NodeClass = model.NodeClass,
                    Meta = model.Meta.Count == 0 ? null : new SortedDictionary<string, string>(model.Meta.ToDictionary(), StringComparer.Ordinal),
                    Options = new Dictionary<string, string> { [DriverAllowlistOption] = PodmanDriver },
                    ServerJoin = new NomadServerJoin { RetryJoin = model.ServerIps },
                    HostVolume = NomadAgentHostVolumes.All.ToDictionary(
                        v => v.Name,
                        v => new HostVolumeBlock { Path = v.Path, ReadOnly = v.ReadOnly }),
                }
                : null,
            Tls = new NomadTls
            {
                Http = true,
                Rpc = true,
                CaFile = TlsFile(AgentPaths.CaFile),
                CertFile = TlsFile(AgentPaths.CertFile),
                KeyFile = TlsFile(AgentPaths.KeyFile),
                VerifyServerHostname = true,
                // D1: the HTTPS API asks no client certificate, ACL tokens authenticate its calls (Nomad's default,
                // tls.verify_https_client = false); RPC between agents stays mutual TLS with hostname verification.
                VerifyHttpsClient = false,
            },
            Acl = new NomadAcl { Enabled = true },
            // The local Consul agent's HTTPS and gRPC-TLS ports, with Nomad's own copy of the node certificate. A
            // change to these files needs an agent restart: Nomad does not reload its Consul TLS settings on SIGHUP.
            Consul = new NomadConsul
            {
                Address = $"{Loopback}:{ConsulAgentConfigRenderer.HttpsPort}",
                Ssl = true,
                VerifySsl = true,
                CaFile = TlsFile(AgentPaths.CaFile),
                CertFile = TlsFile(AgentPaths.CertFile),
                KeyFile = TlsFile(AgentPaths.KeyFile),
                GrpcAddress = $"{Loopback}:{ConsulAgentConfigRenderer.GrpcTlsPort}",
                GrpcCaFile = TlsFile(AgentPaths.CaFile),
                Token = model.ConsulToken,
                ServerServiceName = "nomad",
                ClientServiceName = "nomad-client",
                AutoAdvertise = true,
            },
            // The rootless user's socket (its uid is pinned); socket_path is still accepted next to the newer
            // `socket` blocks of nomad-driver-podman 0.6. Volumes off: the driver's default (`volumes { enabled = true }`,
            // config.go) lets a task bind any host path through `config.volumes`, which Nomad's ACLs never see, so any
            // token that may submit a job could bind the Podman socket itself and take over every container on the node.
            // With it off, containerMounts (driver.go) refuses a bind outside the allocation directory but still binds
            // Nomad's own mounts (the task's host volumes), so host paths reach a job only as NomadAgentHostVolumes.
            // The driver has no switch that refuses `privileged`, `devices` or `cap_add`: in a rootless container they
            // stay within the Podman user's own rights on the host.
            Plugin = client
                ? new Dictionary<string, NomadPlugin>
                {
                    [PodmanPlugin] = new NomadPlugin
                    {
                        Config = new NomadPodmanConfig { SocketPath = AgentPaths.PodmanSocket, Volumes = new NomadPodmanVolumes { Enabled = false } },
                    },
                }
                : null,
            // Without disable_hostname every gauge's name carries the host (nomad_vs0_client_...), and no query finds it.
            Telemetry = new NomadTelemetry { PrometheusMetrics = true, PublishAllocationMetrics = true, PublishNodeMetrics = true, DisableHostname = true },
        });
    }

    private static string TlsFile(string name) => $"{AgentPaths.NomadTlsDir}/{name}";

    private static void Validate(NomadAgentModel model)
    {
        List<string> failures = [];
        AgentModelRules.RequireText(failures, nameof(model.Region), model.Region);
        AgentModelRules.RequireText(failures, nameof(model.Datacenter), model.Datacenter);
        AgentModelRules.RequireText(failures, nameof(model.NodeName), model.NodeName);
        AgentModelRules.RequireIpv4(failures, nameof(model.Ip), model.Ip);

        AgentModelRules.RequireIpv4List(failures, nameof(model.ServerIps), model.ServerIps, "servers join each other and clients find servers through it");
        AgentModelRules.RequireText(failures, nameof(model.ConsulToken), model.ConsulToken);
        if (model.NodeClass is not null && string.IsNullOrWhiteSpace(model.NodeClass))
        {
            failures.Add($"{nameof(model.NodeClass)} '{model.NodeClass}' is blank; use null for no node class");
        }

        foreach (var key in model.Meta.Keys.Where(string.IsNullOrWhiteSpace).Order(StringComparer.Ordinal))
        {
            failures.Add($"{nameof(model.Meta)} key '{key}' must not be empty");
        }

        const AgentRoles known = AgentRoles.Server | AgentRoles.Client;
        if (model.Roles == AgentRoles.None || (model.Roles & ~known) != 0)
        {
            // The role rules below would only repeat this failure.
            failures.Add($"{nameof(model.Roles)} '{model.Roles}' is not Server, Client or both; a Nomad agent serves, runs jobs, or does both");
        }
        else
        {
            AddRoleFailures(failures, model);
        }

        AgentModelRules.ThrowIfAny(failures, nameof(NomadAgentModel), nameof(model));
    }

    private static void AddRoleFailures(List<string> failures, NomadAgentModel model)
    {
        var server = model.Roles.HasFlag(AgentRoles.Server);
        var client = model.Roles.HasFlag(AgentRoles.Client);
        if (server && model.BootstrapExpect < 1)
        {
            failures.Add($"{nameof(model.BootstrapExpect)} {model.BootstrapExpect} is below 1; a server must expect at least one server");
        }
        else if (!server && model.BootstrapExpect != 0)
        {
            failures.Add($"{nameof(model.BootstrapExpect)} {model.BootstrapExpect} is set without the Server role; only servers bootstrap, so set 0");
        }

        if (server && string.IsNullOrWhiteSpace(model.GossipKey))
        {
            failures.Add($"{nameof(model.GossipKey)} is missing on a server; servers encrypt their gossip with it");
        }

        if (!client && !string.IsNullOrWhiteSpace(model.NodeClass))
        {
            failures.Add($"{nameof(model.NodeClass)} '{model.NodeClass}' is set without the Client role; node classes apply to clients only");
        }

        if (!client && model.Meta.Count > 0)
        {
            var keys = string.Join(", ", model.Meta.Keys.Order(StringComparer.Ordinal));
            failures.Add($"{nameof(model.Meta)} '{keys}' is set without the Client role; node metadata applies to clients only");
        }
    }

    // The document, in the order the keys are written. Names become snake_case (AgentJson); dictionary keys (labels,
    // meta) are written as given; null members are left out.
    private sealed record NomadDocument
    {
        public required string Region { get; init; }
        public required string Datacenter { get; init; }
        public required string Name { get; init; }
        public required string DataDir { get; init; }
        public required string BindAddr { get; init; }
        public required NomadAdvertise Advertise { get; init; }
        public required NomadPorts Ports { get; init; }
        public required NomadServer? Server { get; init; }
        public required NomadClient? Client { get; init; }
        public required NomadTls Tls { get; init; }
        public required NomadAcl Acl { get; init; }
        public required NomadConsul Consul { get; init; }
        public required IReadOnlyDictionary<string, NomadPlugin>? Plugin { get; init; }
        public required NomadTelemetry Telemetry { get; init; }
    }

    private sealed record NomadAdvertise
    {
        public required string Http { get; init; }
        public required string Rpc { get; init; }
        public required string Serf { get; init; }
    }

    private sealed record NomadPorts
    {
        public required int Http { get; init; }
        public required int Rpc { get; init; }
        public required int Serf { get; init; }
    }

    private sealed record NomadServer
    {
        public required bool Enabled { get; init; }
        public required int BootstrapExpect { get; init; }
        public required string Encrypt { get; init; }
        public required NomadServerJoin ServerJoin { get; init; }
    }

    private sealed record NomadServerJoin
    {
        public required IReadOnlyList<string> RetryJoin { get; init; }
    }

    private sealed record NomadClient
    {
        public required bool Enabled { get; init; }
        public required string? NodeClass { get; init; }
        public required IReadOnlyDictionary<string, string>? Meta { get; init; }
        public required IReadOnlyDictionary<string, string> Options { get; init; }
        public required NomadServerJoin ServerJoin { get; init; }
        public required IReadOnlyDictionary<string, HostVolumeBlock> HostVolume { get; init; }
    }

    private sealed record HostVolumeBlock
    {
        public required string Path { get; init; }
        public required bool ReadOnly { get; init; }
    }

    private sealed record NomadTls
    {
        public required bool Http { get; init; }
        public required bool Rpc { get; init; }
        public required string CaFile { get; init; }
        public required string CertFile { get; init; }
        public required string KeyFile { get; init; }
        public required bool VerifyServerHostname { get; init; }
        public required bool VerifyHttpsClient { get; init; }
    }

    private sealed record NomadAcl
    {
        public required bool Enabled { get; init; }
    }

    private sealed record NomadConsul
    {
        public required string Address { get; init; }
        public required bool Ssl { get; init; }
        public required bool VerifySsl { get; init; }
        public required string CaFile { get; init; }
        public required string CertFile { get; init; }
        public required string KeyFile { get; init; }
        public required string GrpcAddress { get; init; }
        public required string GrpcCaFile { get; init; }
        public required string Token { get; init; }
        public required string ServerServiceName { get; init; }
        public required string ClientServiceName { get; init; }
        public required bool AutoAdvertise { get; init; }
    }

    private sealed record NomadPlugin
    {
        public required NomadPodmanConfig Config { get; init; }
    }

    private sealed record NomadPodmanConfig
    {
        public required string SocketPath { get; init; }
        public required NomadPodmanVolumes Volumes { get; init; }
    }

    private sealed record NomadPodmanVolumes
    {
        public required bool Enabled { get; init; }
    }

    private sealed record NomadTelemetry
    {
        public required bool PrometheusMetrics { get; init; }
        public required bool PublishAllocationMetrics { get; init; }
        public required bool PublishNodeMetrics { get; init; }
        public required bool DisableHostname { get; init; }
    }
}
