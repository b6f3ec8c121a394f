namespace Lab.Components.Rendering;

/// <summary>
/// Renders a Consul agent's <see cref="AgentPaths.ConsulConfig"/> (JSON; key names checked against Consul 1.21's
/// <c>agent/config/config.go</c>). TLS everywhere, client certificates on the agents' RPC, gossip encryption, ACLs deny
/// by default (with a DNS token), Prometheus telemetry, and the plain HTTP API only on loopback.
/// </summary>
internal static class ConsulAgentConfigRenderer
{
    /// <summary>Plain HTTP API, bound to loopback only (<c>client_addr</c>).</summary>
    public const int HttpPort = 8500;

    /// <summary>
    /// HTTPS API, on every interface. It asks no client certificate (decision D1): ACL tokens authenticate API calls, so
    /// the providers, CLIs, UIs and other stacks need only the CA and a token; RPC between agents keeps mutual TLS.
    /// </summary>
    public const int HttpsPort = 8501;

    /// <summary>gRPC with TLS (xDS for Envoy sidecars); the plaintext gRPC port is disabled.</summary>
    public const int GrpcTlsPort = 8503;

    /// <summary>DNS, on every interface: the lab's dnsmasq forwards <c>server=/consul/&lt;ip&gt;#8600</c> here.</summary>
    public const int DnsPort = 8600;

    private const string Loopback = "127.0.0.1";
    private const string AllInterfaces = "0.0.0.0";

    /// <summary>The agent's config file; throws <see cref="ArgumentException"/> listing every broken rule of <paramref name="model"/>.</summary>
    public static string Render(ConsulAgentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(model);

        return AgentJson.Write(new ConsulDocument
        {
            Datacenter = model.Datacenter,
            NodeName = model.NodeName,
            DataDir = AgentPaths.ConsulDataDir,
            BindAddr = model.Ip,
            AdvertiseAddr = model.Ip,
            ClientAddr = Loopback,
            Addresses = new ConsulAddresses { Https = AllInterfaces, GrpcTls = AllInterfaces, Dns = AllInterfaces },
            Ports = new ConsulPorts { Http = HttpPort, Https = HttpsPort, Grpc = -1, GrpcTls = GrpcTlsPort, Dns = DnsPort },
            Server = model.Server,
            BootstrapExpect = model.Server ? model.BootstrapExpect : null,
            RetryJoin = model.RetryJoin,
            Encrypt = model.GossipKey,
            EncryptVerifyIncoming = true,
            EncryptVerifyOutgoing = true,
            // Reloads the reloadable options, and the certificate and key when they are renewed in place.
            AutoReloadConfig = true,
            UiConfig = model.Server ? new ConsulEnabled { Enabled = true } : null,
            // Consul's Connect struct: "It should be set on all clients and servers in a cluster".
            Connect = new ConsulEnabled { Enabled = true },
            Performance = model.Server ? new ConsulPerformance { RaftMultiplier = 1 } : null,
            // /v1/agent/metrics?format=prometheus; without a retention time Consul keeps no Prometheus metrics at all.
            Telemetry = new ConsulTelemetry { PrometheusRetentionTime = "60s", DisableHostname = true },
            Tls = new ConsulTls
            {
                Defaults = new ConsulTlsDefaults
                {
                    CaFile = TlsFile(AgentPaths.CaFile),
                    CertFile = TlsFile(AgentPaths.CertFile),
                    KeyFile = TlsFile(AgentPaths.KeyFile),
                    VerifyIncoming = false,
                    VerifyOutgoing = true,
                    TlsMinVersion = "TLSv1_2",
                },
                // Agents and servers prove who they are to each other with the CA's certificates; a server verifies
                // that its peer's certificate names server.<dc>.consul.
                InternalRpc = new ConsulTlsInternalRpc { VerifyIncoming = true, VerifyServerHostname = true },
                // D1: the API authenticates with ACL tokens, as HashiCorp's TLS reference separates tls.https from
                // tls.internal_rpc for (https://developer.hashicorp.com/consul/docs/reference/agent/configuration-file/tls).
                Https = new ConsulTlsGrpc { VerifyIncoming = false },
                // Envoy presents no client certificate to the xDS port, so verify_incoming there breaks every Connect
                // sidecar; Nomad's docs say to set tls.grpc.verify_incoming = false
                // (https://github.com/hashicorp/consul/issues/13088, https://github.com/hashicorp/nomad/pull/19970).
                Grpc = new ConsulTlsGrpc { VerifyIncoming = false },
            },
            Acl = new ConsulAcl
            {
                Enabled = true,
                DefaultPolicy = "deny",
                DownPolicy = "extend-cache",
                EnableTokenPersistence = true,
                Tokens = new ConsulAclTokens
                {
                    InitialManagement = model.Server ? model.InitialManagementToken : null,
                    Agent = model.AgentToken,
                    Dns = model.DnsToken,
                },
            },
        });
    }

    private static string TlsFile(string name) => $"{AgentPaths.ConsulTlsDir}/{name}";

    private static void Validate(ConsulAgentModel model)
    {
        List<string> failures = [];
        AgentModelRules.RequireText(failures, nameof(model.Datacenter), model.Datacenter);
        AgentModelRules.RequireText(failures, nameof(model.NodeName), model.NodeName);
        AgentModelRules.RequireIpv4(failures, nameof(model.Ip), model.Ip);
        if (model.Server && model.BootstrapExpect < 1)
        {
            failures.Add($"{nameof(model.BootstrapExpect)} {model.BootstrapExpect} is below 1; a server must expect at least one server");
        }
        else if (!model.Server && model.BootstrapExpect != 0)
        {
            failures.Add($"{nameof(model.BootstrapExpect)} {model.BootstrapExpect} is set on a client; only servers bootstrap, so set 0");
        }

        AgentModelRules.RequireIpv4List(failures, nameof(model.RetryJoin), model.RetryJoin, "an agent needs at least one server address to join");
        AgentModelRules.RequireText(failures, nameof(model.GossipKey), model.GossipKey);
        AgentModelRules.RequireText(failures, nameof(model.AgentToken), model.AgentToken);
        AgentModelRules.RequireText(failures, nameof(model.DnsToken), model.DnsToken);
        if (model.Server && string.IsNullOrWhiteSpace(model.InitialManagementToken))
        {
            failures.Add($"{nameof(model.InitialManagementToken)} is missing on a server; servers need it so that ACLs bootstrap without a manual step");
        }
        else if (!model.Server && model.InitialManagementToken is not null)
        {
            failures.Add($"{nameof(model.InitialManagementToken)} is set on a client; only servers take the initial management token, so set null");
        }

        AgentModelRules.ThrowIfAny(failures, nameof(ConsulAgentModel), nameof(model));
    }

    // The document, in the order the keys are written. Names become snake_case (AgentJson); null members are left out.
    private sealed record ConsulDocument
    {
        public required string Datacenter { get; init; }
        public required string NodeName { get; init; }
        public required string DataDir { get; init; }
        public required string BindAddr { get; init; }
        public required string AdvertiseAddr { get; init; }
        public required string ClientAddr { get; init; }
        public required ConsulAddresses Addresses { get; init; }
        public required ConsulPorts Ports { get; init; }
        public required bool Server { get; init; }
        public required int? BootstrapExpect { get; init; }
        public required IReadOnlyList<string> RetryJoin { get; init; }
        public required string Encrypt { get; init; }
        public required bool EncryptVerifyIncoming { get; init; }
        public required bool EncryptVerifyOutgoing { get; init; }
        public required bool AutoReloadConfig { get; init; }
        public required ConsulEnabled? UiConfig { get; init; }
        public required ConsulEnabled Connect { get; init; }
        public required ConsulPerformance? Performance { get; init; }
        public required ConsulTelemetry Telemetry { get; init; }
        public required ConsulTls Tls { get; init; }
        public required ConsulAcl Acl { get; init; }
    }

    private sealed record ConsulAddresses
    {
        public required string Https { get; init; }
        public required string GrpcTls { get; init; }
        public required string Dns { get; init; }
    }

    private sealed record ConsulPorts
    {
        public required int Http { get; init; }
        public required int Https { get; init; }
        public required int Grpc { get; init; }
        public required int GrpcTls { get; init; }
        public required int Dns { get; init; }
    }

    private sealed record ConsulEnabled
    {
        public required bool Enabled { get; init; }
    }

    private sealed record ConsulPerformance
    {
        public required int RaftMultiplier { get; init; }
    }

    private sealed record ConsulTelemetry
    {
        public required string PrometheusRetentionTime { get; init; }
        public required bool DisableHostname { get; init; }
    }

    private sealed record ConsulTls
    {
        public required ConsulTlsDefaults Defaults { get; init; }
        public required ConsulTlsInternalRpc InternalRpc { get; init; }
        public required ConsulTlsGrpc Https { get; init; }
        public required ConsulTlsGrpc Grpc { get; init; }
    }

    private sealed record ConsulTlsDefaults
    {
        public required string CaFile { get; init; }
        public required string CertFile { get; init; }
        public required string KeyFile { get; init; }
        public required bool VerifyIncoming { get; init; }
        public required bool VerifyOutgoing { get; init; }
        public required string TlsMinVersion { get; init; }
    }

    private sealed record ConsulTlsInternalRpc
    {
        public required bool VerifyIncoming { get; init; }
        public required bool VerifyServerHostname { get; init; }
    }

    private sealed record ConsulTlsGrpc
    {
        public required bool VerifyIncoming { get; init; }
    }

    private sealed record ConsulAcl
    {
        public required bool Enabled { get; init; }
        public required string DefaultPolicy { get; init; }
        public required string DownPolicy { get; init; }
        public required bool EnableTokenPersistence { get; init; }
        public required ConsulAclTokens Tokens { get; init; }
    }

    private sealed record ConsulAclTokens
    {
        public required string? InitialManagement { get; init; }
        public required string Agent { get; init; }
        public required string Dns { get; init; }
    }
}
