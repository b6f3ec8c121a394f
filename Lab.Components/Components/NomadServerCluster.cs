using System.Collections.Immutable;
using Lab.Components.Certificates;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;
using Pulumi.Random;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="NomadServerCluster"/>.</summary>
public sealed record NomadServerClusterArgs
{
    /// <summary>The server VMs, in order; the first one runs the one-time ACL setup. An odd count keeps quorum.</summary>
    public required IReadOnlyList<VmSpec> Servers { get; init; }

    /// <summary>What every VM shares.</summary>
    public required LabVmSettings Vm { get; init; }

    /// <summary>Region and datacenters.</summary>
    public required ClusterNaming Naming { get; init; }

    /// <summary>The CA that issues each server's certificate.</summary>
    public required InternalCA Ca { get; init; }

    /// <summary>
    /// Set for a compact lab: the servers also run jobs (Nomad client, Podman) and present themselves with these
    /// settings. Null: servers only serve.
    /// </summary>
    public WorkloadSettings? Workloads { get; init; }
}

/// <summary>
/// Nomad and Consul servers on their own VMs, up in one <c>pulumi up</c> with no manual step: TLS with hostname
/// verification on every listener, gossip encryption, and ACLs on with default deny. The program generates Consul's
/// initial management token and Nomad's bootstrap secret before any agent starts, so providers configured from
/// <see cref="ConsulToken"/> and <see cref="NomadToken"/> can manage ACLs in the same run.
/// </summary>
public sealed class NomadServerCluster : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:NomadServerCluster";

    public NomadServerCluster(string name, NomadServerClusterArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Servers.Count == 0)
        {
            throw new ResourceException($"{name}: a cluster needs at least one server", this, hideStack: true);
        }

        ClusterVms.RequireUnique(name, args.Servers, this);

        var childOptions = new CustomResourceOptions { Parent = this };
        var secrets = new ClusterSecrets(
            GossipKey($"{name}-consul-gossip-key"),
            GossipKey($"{name}-nomad-gossip-key"),
            Token($"{name}-nomad-server-consul-token"),
            Token($"{name}-nomad-client-consul-token"),
            Token($"{name}-consul-dns-token"),
            Token($"{name}-consul-management-token"));
        var nomadBootstrapSecret = Token($"{name}-nomad-bootstrap-token");

        var roles = args.Workloads is null ? AgentRoles.Server : AgentRoles.Server | AgentRoles.Client;
        var serverIps = args.Servers.Select(s => s.Ip).ToList();
        var tags = roles.HasFlag(AgentRoles.Client) ? new[] { "homelab", "nomad-server", "nomad-client" } : ["homelab", "nomad-server"];

        var nodes = args.Servers.Select(vm => new ProxmoxNode($"{name}-{vm.Hostname}", args.Vm.NodeArgs(vm, roles, tags), new ComponentResourceOptions
        {
            Parent = this,
            Protect = args.Vm.Protect,
        })).ToList();
        var allReady = nodes.Select(n => n.Ready).ToList();

        var files = new List<HostFile>(nodes.SelectMany(n => n.Files));
        var consulPushes = new List<Resource>();
        var agentTokens = new Dictionary<string, Output<string>>();
        var certificates = new Dictionary<string, IssuedCertificate>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var vm = args.Servers[i];
            var cert = args.Ca.Issue(
                $"{name}-{vm.Hostname}",
                AgentCertificateNames.For(vm.Hostname, args.Vm.Domain, vm.Ip, args.Naming.NomadRegion, args.Naming.ConsulDatacenter, roles),
                childOptions);
            var agentToken = Token($"{name}-{vm.Hostname}-consul-agent-token");
            // Every server's VM is up before the first Consul starts, so each finds the others to join; and the
            // servers restart one at a time (each waits for a leader when there was one), so a renewed certificate or
            // a new version never takes the quorum down.
            var (push, consulFiles) = AgentPush.Create(
                $"{name}-{vm.Hostname}-consul-config",
                nodes[i],
                vm.Hostname,
                AgentFiles.Consul(AgentFiles.ConsulModel(vm, args.Naming, server: true, serverIps), secrets, agentToken, cert),
                AgentFiles.RestartConsul,
                [args.Vm.ConsulVersion],
                new CustomResourceOptions { Parent = this, DependsOn = [.. allReady, .. consulPushes.TakeLast(1)] });

            files.AddRange(consulFiles);
            consulPushes.Add(push);
            agentTokens[vm.Hostname] = agentToken;
            certificates[vm.Hostname] = cert;
        }

        var first = nodes[0];
        var aclSetup = new ConsulAclSetup(args.Naming.ConsulDatacenter, ConsulAgentPolicies.Cluster, [.. args.Servers.Select(s => s.Hostname)]);
        var consulAcl = ConsulAcl.Create($"{name}-consul-acl", first, aclSetup, secrets, secrets.PolicyTokens, agentTokens, new CustomResourceOptions
        {
            Parent = this,
            DependsOn = consulPushes,
        });

        var nomadPushes = new List<Resource>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var vm = args.Servers[i];
            var (push, nomadFiles) = AgentPush.Create(
                $"{name}-{vm.Hostname}-nomad-config",
                nodes[i],
                vm.Hostname,
                AgentFiles.Nomad(AgentFiles.NomadModel(vm, args.Naming, roles, serverIps, args.Workloads), secrets, certificates[vm.Hostname]),
                AgentFiles.RestartNomad,
                [args.Vm.NomadVersion],
                // Nomad registers itself in Consul at start, with the token the ACL setup has just created; the
                // servers restart one at a time, as Consul's do.
                new CustomResourceOptions { Parent = this, DependsOn = [nodes[i].Ready, consulAcl, .. nomadPushes.TakeLast(1)] });
            files.AddRange(nomadFiles);
            nomadPushes.Add(push);
        }

        var nomadAcl = new Command($"{name}-nomad-acl-bootstrap", new CommandArgs
        {
            Connection = first.Connection,
            Create = RemoteShell.SudoBash(NomadAclBootstrapScript.Render()),
            Stdin = Output.CreateSecret(nomadBootstrapSecret.Apply(NomadAclBootstrapScript.Stdin)),
            Triggers = first.Identity.Apply(id => ImmutableArray.Create<object>(id)),
        }, new CustomResourceOptions { Parent = this, DependsOn = nomadPushes });

        Join = new ClusterJoin(serverIps, secrets, first, consulPushes, consulAcl, args.Ca, args.Naming);
        Files = files;
        Nodes = nodes;
        ServerIps = Output.Create(serverIps.ToImmutableArray());
        NomadAddress = Output.Create($"https://{serverIps[0]}:{NomadAgentConfigRenderer.HttpPort}");
        ConsulAddress = Output.Create($"https://{serverIps[0]}:{ConsulAgentConfigRenderer.HttpsPort}");
        CaCertPem = args.Ca.CertPem;
        // The token outputs resolve only once the ACL setup ran, so a provider configured from them waits for it.
        NomadToken = Output.CreateSecret(Output.Tuple(nomadBootstrapSecret, nomadAcl.Stdout).Apply(t => t.Item1));
        ConsulToken = Output.CreateSecret(Output.Tuple(secrets.ConsulManagementToken, consulAcl.Stdout).Apply(t => t.Item1));
        RegisterOutputs();

        Output<string> GossipKey(string keyName) =>
            Output.CreateSecret(new RandomBytes(keyName, new RandomBytesArgs { Length = 32 }, childOptions).Base64);

        Output<string> Token(string tokenName) =>
            Output.CreateSecret(new RandomUuid(tokenName, new RandomUuidArgs(), new CustomResourceOptions
            {
                Parent = this,
                AdditionalSecretOutputs = { "result" },
            }).Result);
    }

    /// <summary>IP addresses of the servers, in order.</summary>
    [Output("serverIps")]
    public Output<ImmutableArray<string>> ServerIps { get; private set; }

    /// <summary>Nomad's HTTPS API on the first server, e.g. <c>https://192.168.10.120:4646</c>.</summary>
    [Output("nomadAddress")]
    public Output<string> NomadAddress { get; private set; }

    /// <summary>Consul's HTTPS API on the first server, e.g. <c>https://192.168.10.120:8501</c>.</summary>
    [Output("consulAddress")]
    public Output<string> ConsulAddress { get; private set; }

    /// <summary>The CA every agent certificate chains to.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; }

    /// <summary>Nomad's bootstrap (management) token, secret; known once Nomad's ACLs are bootstrapped.</summary>
    [Output("nomadToken")]
    public Output<string> NomadToken { get; private set; }

    /// <summary>Consul's initial management token, secret; known once Consul's ACL setup ran.</summary>
    [Output("consulToken")]
    public Output<string> ConsulToken { get; private set; }

    /// <summary>The server VMs, in order.</summary>
    public IReadOnlyList<ProxmoxNode> Nodes { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }

    /// <summary>What a <see cref="ClientPool"/> needs to join this cluster.</summary>
    internal ClusterJoin Join { get; }
}

/// <summary>What clients need to join a cluster: where the servers are, the shared secrets, and where to run ACL setup.</summary>
/// <param name="ServerIps">The servers' IPs.</param>
/// <param name="Secrets">Gossip keys and tokens the cluster generated.</param>
/// <param name="AclHost">The server that runs ACL setup scripts.</param>
/// <param name="ConsulServersUp">The servers' Consul pushes: each returns once its Consul has started and joined.</param>
/// <param name="ConsulAclReady">The cluster's Consul ACL setup: a leader exists and the Nomad agents' token too.</param>
/// <param name="Ca">The CA that issues agent certificates.</param>
/// <param name="Naming">Region and datacenters.</param>
internal sealed record ClusterJoin(
    IReadOnlyList<string> ServerIps,
    ClusterSecrets Secrets,
    ProxmoxNode AclHost,
    IReadOnlyList<Resource> ConsulServersUp,
    Resource ConsulAclReady,
    InternalCA Ca,
    ClusterNaming Naming);
