using System.Collections.Immutable;
using Lab.Components;
using Lab.Components.Components;
using Lab.Infra.Config;
using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The whole lab. The only place that reads stack config: it reads and validates it once, before creating any
/// resource, and then builds the components from it.
/// </summary>
public sealed class LabStack : Stack
{
    public LabStack()
        : this(null)
    {
    }

    /// <summary>Used by <c>synth</c> to record every resource through a stack-wide transformation.</summary>
    public LabStack(StackOptions? options)
        : this(new PulumiConfigSource(new Pulumi.Config()), options)
    {
    }

    /// <summary>The stack over config from any source; tests hand it config without the environment.</summary>
    internal LabStack(IConfigSource configSource, StackOptions? options)
        : base(options)
    {
        var lab = ReadConfig(configSource);
        var plan = LabPlan.From(lab);

        var ca = new InternalCA("lab-ca", new InternalCAArgs
        {
            CommonName = $"{lab.Domain} root CA",
            Organization = lab.Domain,
        }, new ComponentResourceOptions { Protect = !lab.Development });

        // Every component that creates ProxmoxVE resources gets the explicit provider; their children inherit it.
        var proxmoxProvider = LabComponents.ProxmoxProvider(lab, configSource.Secret(ConfigKeys.ProxmoxApiToken));
        ComponentResourceOptions Proxmox() => new() { Providers = { proxmoxProvider } };

        // The lab's DNS first, in parallel with nothing: its records come from the plan, and the VMs resolve through
        // it from their first boot.
        var sshKey = configSource.Secret(ConfigKeys.SshPrivateKey);
        var internalDns = new InternalDns("dns", LabComponents.Dns(lab, plan, LabComponents.PiConnection(lab.DnsHost, sshKey)));

        // What every VM waits for before it boots: the lab's DNS.
        IReadOnlyList<Resource> vmsWaitFor = [internalDns];
        var vm = LabComponents.VmSettings(lab, LabComponents.Source(lab, plan, Proxmox()), configSource.Secret(ConfigKeys.SshPrivateKey), vmsWaitFor);
        var compact = lab.Topology == Topology.Compact;
        var cluster = new NomadServerCluster("cluster", new NomadServerClusterArgs
        {
            Servers = LabComponents.Vms(plan, compact ? NodeRoles.Server | NodeRoles.Client : NodeRoles.Server),
            Vm = vm,
            Naming = LabComponents.Naming(lab),
            Ca = ca,
            // A compact lab runs its jobs on the servers.
            Workloads = compact ? new WorkloadSettings { NodeClass = "compact" } : null,
        }, Proxmox());

        var clientVms = LabComponents.Vms(plan, NodeRoles.Client);
        var clients = clientVms.Count == 0 ? null : new ClientPool("clients", new ClientPoolArgs
        {
            Clients = clientVms,
            Vm = vm,
            Cluster = cluster,
            Workloads = new WorkloadSettings { NodeClass = "general" },
        }, Proxmox());

        var support = LabComponents.Vms(plan, NodeRoles.Support)
            .Select(spec => new ProxmoxNode($"support-{spec.Hostname}", vm.NodeArgs(spec, AgentRoles.None, ["homelab", "support"]), Proxmox()))
            .ToList();

        // Providers from the cluster's outputs, Nomad ACLs and the jobs (LabServices); jobs wait for the nodes that run them.
        var services = LabServices.Create(lab, plan, cluster, ca, clients is null ? [cluster] : [clients]);

        var edge = LabComponents.PiConnection(lab.EdgeHost, sshKey);
        // Reads the DNS-01 token only when Let's Encrypt is chosen: a stack without it holds none.
        var dnsToken = lab.Edge.Certificate == EdgeCertificateSource.LetsEncrypt ? configSource.Secret(EdgeConfigReader.DnsTokenKey) : Output.Create("");
        var edgeBalancer = new EdgeBalancer("edge", LabComponents.Edge(lab, plan, edge, ca, dnsToken));
        // The Cloudflare provider exists only with the tunnel: a stack without it needs no Cloudflare token (D2).
        var tunnel = !lab.Features.Tunnel ? null : new CloudflareTunnel("tunnel", LabComponents.Tunnel(lab, edge, edgeBalancer.Origin),
            new ComponentResourceOptions { Providers = { LabComponents.CloudflareProvider(configSource.Secret(ConfigKeys.CloudflareApiToken)) } });

        Nodes = Output.Create(plan.Nodes.ToImmutableDictionary(n => n.Name, n => n.Ip));
        ServerIps = cluster.ServerIps;
        ClientIps = clients?.ClientIps ?? cluster.ServerIps.Apply(ips => compact ? ips : []);
        CaCertPem = ca.CertPem;
        NomadAddress = cluster.NomadAddress;
        ConsulAddress = cluster.ConsulAddress;
        NomadToken = cluster.NomadToken;
        ConsulToken = cluster.ConsulToken;
        TunnelId = tunnel?.TunnelId ?? Output.Create("");
        PublicHostnames = tunnel?.PublicHostnames ?? Output.Create(ImmutableArray<string>.Empty);
        JobIds = services.Jobs?.JobIds ?? Output.Create(ImmutableDictionary<string, string>.Empty);
        UiUrls = services.UiUrls;
        NomadDeployToken = services.Access.DeployToken;
        NomadOperatorToken = services.Access.OperatorToken;
        NomadReadOnlyToken = services.Access.ReadOnlyToken;
        AppsNamespace = services.Access.AppsNamespace;
        Domain = Output.Create(lab.Domain);
        HostFiles = [.. internalDns.Files, .. edgeBalancer.Files, .. cluster.Files, .. clients?.Files ?? [], .. support.SelectMany(node => node.Files), .. tunnel?.Files ?? []];
    }

    /// <summary>Every VM of the plan by name, with its IP address.</summary>
    [Output("nodes")]
    public Output<ImmutableDictionary<string, string>> Nodes { get; private set; }

    /// <summary>The internal CA's root certificate, for clients and other stacks to trust.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; }

    /// <summary>IP addresses of the Nomad + Consul servers.</summary>
    [Output("serverIps")]
    public Output<ImmutableArray<string>> ServerIps { get; private set; }

    /// <summary>IP addresses of the nodes that run jobs: the clients, or the servers of a compact lab.</summary>
    [Output("clientIps")]
    public Output<ImmutableArray<string>> ClientIps { get; private set; }

    /// <summary>Nomad's HTTPS API.</summary>
    [Output("nomadAddress")]
    public Output<string> NomadAddress { get; private set; }

    /// <summary>Consul's HTTPS API.</summary>
    [Output("consulAddress")]
    public Output<string> ConsulAddress { get; private set; }

    /// <summary>Nomad's management token, secret.</summary>
    [Output("nomadToken")]
    public Output<string> NomadToken { get; private set; }

    /// <summary>Consul's management token, secret.</summary>
    [Output("consulToken")]
    public Output<string> ConsulToken { get; private set; }

    /// <summary>The Cloudflare Tunnel's id; empty without <c>features.tunnel</c>.</summary>
    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; }

    /// <summary>The names the tunnel serves, sorted; empty without <c>features.tunnel</c>.</summary>
    [Output("publicHostnames")]
    public Output<ImmutableArray<string>> PublicHostnames { get; private set; }

    /// <summary>Each Nomad job the stack runs, by name, with its job id; empty without <c>homelab:jobs</c>.</summary>
    [Output("jobIds")]
    public Output<ImmutableDictionary<string, string>> JobIds { get; private set; }

    /// <summary>The web UIs on the lab's network: <c>nomad</c>, <c>consul</c>, and <c>fabio</c> (and <c>grafana</c>) where they run.</summary>
    [Output("uiUrls")]
    public Output<ImmutableDictionary<string, string>> UiUrls { get; private set; }

    /// <summary>Secret: a Nomad token that deploys jobs into <see cref="AppsNamespace"/> only; what other stacks use.</summary>
    [Output("nomadDeployToken")]
    public Output<string> NomadDeployToken { get; private set; }

    /// <summary>Secret: a Nomad operator token (every namespace's jobs, node drains; no ACL rights).</summary>
    [Output("nomadOperatorToken")]
    public Output<string> NomadOperatorToken { get; private set; }

    /// <summary>Secret: a Nomad token that reads everything and changes nothing.</summary>
    [Output("nomadReadOnlyToken")]
    public Output<string> NomadReadOnlyToken { get; private set; }

    /// <summary>The Nomad namespace other stacks deploy into.</summary>
    [Output("appsNamespace")]
    public Output<string> AppsNamespace { get; private set; }

    /// <summary>The lab's DNS domain: hosts are <c>&lt;name&gt;.&lt;domain&gt;</c>, and Fabio routes <c>&lt;service&gt;.&lt;domain&gt;</c> from the edge.</summary>
    [Output("domain")]
    public Output<string> Domain { get; private set; }

    /// <summary>Every file the lab puts on a host, redacted; <c>synth</c> writes them out.</summary>
    internal IReadOnlyList<HostFile> HostFiles { get; }

    private static LabConfig ReadConfig(IConfigSource source)
    {
        var (config, errors) = LabConfigReader.ReadAndValidate(source);
        if (errors.Count > 0 || config is null)
        {
            // Message only (hideStack): Pulumi then prints the problems without a stack trace, as for its own config errors.
            throw new ResourceException(string.Join("\n", errors), null, hideStack: true);
        }
        foreach (var warning in LabConfigValidator.Warnings(config))
        {
            Log.Warn(warning);
        }
        return config;
    }
}
