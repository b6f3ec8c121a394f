using System.Collections.Immutable;
using Lab.Components.Certificates;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Random;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="ClientPool"/>.</summary>
public sealed record ClientPoolArgs
{
    /// <summary>The client VMs.</summary>
    public required IReadOnlyList<VmSpec> Clients { get; init; }

    /// <summary>What every VM shares.</summary>
    public required LabVmSettings Vm { get; init; }

    /// <summary>The cluster the clients join: its servers, secrets, CA and names.</summary>
    public required NomadServerCluster Cluster { get; init; }

    /// <summary>How the clients present themselves to the scheduler.</summary>
    public required WorkloadSettings Workloads { get; init; }
}

/// <summary>
/// Nomad clients that run the lab's jobs with rootless Podman, each with a Consul client agent, joined to a
/// <see cref="NomadServerCluster"/> with the same TLS, gossip and ACL treatment as its servers.
/// </summary>
public sealed class ClientPool : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:ClientPool";

    public ClientPool(string name, ClientPoolArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Clients.Count == 0)
        {
            throw new ResourceException($"{name}: a client pool needs at least one client; leave the pool out instead", this, hideStack: true);
        }

        ClusterVms.RequireUnique(name, args.Clients, this);

        var join = args.Cluster.Join;
        var childOptions = new CustomResourceOptions { Parent = this };
        const AgentRoles roles = AgentRoles.Client;
        string[] tags = ["homelab", "nomad-client"];

        var nodes = new List<(VmSpec Vm, ProxmoxNode Node, IssuedCertificate Cert, Resource ConsulPush)>();
        var files = new List<HostFile>();
        var agentTokens = new Dictionary<string, Output<string>>();
        foreach (var vm in args.Clients)
        {
            var node = new ProxmoxNode($"{name}-{vm.Hostname}", args.Vm.NodeArgs(vm, roles, tags), new ComponentResourceOptions { Parent = this });
            var cert = join.Ca.Issue(
                $"{name}-{vm.Hostname}",
                AgentCertificateNames.For(vm.Hostname, args.Vm.Domain, vm.Ip, join.Naming.NomadRegion, join.Naming.ConsulDatacenter, roles),
                childOptions);
            var agentToken = Output.CreateSecret(new RandomUuid($"{name}-{vm.Hostname}-consul-agent-token", new RandomUuidArgs(), new CustomResourceOptions
            {
                Parent = this,
                AdditionalSecretOutputs = { "result" },
            }).Result);
            // A client joins the servers' Consul, so it starts after them. Clients restart in parallel: a Nomad
            // client's restart leaves its tasks running, and a Consul client's takes seconds.
            var (consulPush, consulFiles) = AgentPush.Create(
                $"{name}-{vm.Hostname}-consul-config",
                node,
                vm.Hostname,
                AgentFiles.Consul(AgentFiles.ConsulModel(vm, join.Naming, server: false, join.ServerIps), join.Secrets, agentToken, cert),
                AgentFiles.RestartConsul,
                [args.Vm.ConsulVersion],
                new CustomResourceOptions { Parent = this, DependsOn = { node.Ready, join.ConsulServersUp.ToList() } });

            nodes.Add((vm, node, cert, consulPush));
            files.AddRange(node.Files);
            files.AddRange(consulFiles);
            agentTokens[vm.Hostname] = agentToken;
        }

        // The clients' agent tokens are created on a server once the cluster's own ACL setup has run; the clients'
        // VMs need not be up for that, so this runs in parallel with them.
        var consulAcl = ConsulAcl.Create(
            $"{name}-consul-acl",
            join.AclHost,
            new ConsulAclSetup(join.Naming.ConsulDatacenter, [], [.. args.Clients.Select(c => c.Hostname)]),
            join.Secrets,
            [],
            agentTokens,
            new CustomResourceOptions { Parent = this, DependsOn = { join.ConsulAclReady } });

        foreach (var (vm, node, cert, consulPush) in nodes)
        {
            var (_, nomadFiles) = AgentPush.Create(
                $"{name}-{vm.Hostname}-nomad-config",
                node,
                vm.Hostname,
                AgentFiles.Nomad(AgentFiles.NomadModel(vm, join.Naming, roles, join.ServerIps, args.Workloads), join.Secrets, cert),
                AgentFiles.RestartNomad,
                [args.Vm.NomadVersion],
                // Nomad registers the node in its own Consul agent, which must run and hold its token by then.
                new CustomResourceOptions { Parent = this, DependsOn = { node.Ready, consulAcl, consulPush } });
            files.AddRange(nomadFiles);
        }

        Files = files;
        Nodes = [.. nodes.Select(n => n.Node)];
        ClientIps = Output.Create(args.Clients.Select(c => c.Ip).ToImmutableArray());
        RegisterOutputs();
    }

    /// <summary>IP addresses of the clients, in order.</summary>
    [Output("clientIps")]
    public Output<ImmutableArray<string>> ClientIps { get; private set; }

    /// <summary>The client VMs, in order.</summary>
    public IReadOnlyList<ProxmoxNode> Nodes { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }
}
