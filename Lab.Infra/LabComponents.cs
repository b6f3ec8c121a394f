using Lab.Components;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Infra.Config;
using Pulumi;
using Pulumi.Command.Remote.Inputs;

namespace Lab.Infra;

/// <summary>Maps a validated <see cref="LabConfig"/> and its <see cref="LabPlan"/> to the components' args.</summary>
internal static class LabComponents
{
    /// <summary>
    /// The one Proxmox provider every ProxmoxVE resource uses (D2): the configured endpoint, the secret API token, and
    /// the API's certificate verified unless the stack says <c>proxmox.insecure</c>. No <c>ssh</c> block: nothing the
    /// lab creates needs SSH to a PVE node (no snippets; cloud images are downloaded and imported through the API).
    /// </summary>
    public static Pulumi.ProxmoxVE.Provider ProxmoxProvider(LabConfig lab, Output<string> apiToken) =>
        new("proxmoxve", new Pulumi.ProxmoxVE.ProviderArgs
        {
            Endpoint = lab.Proxmox.Endpoint,
            ApiToken = Output.CreateSecret(apiToken),
            Insecure = lab.Proxmox.Insecure,
            MinTls = "1.2",
        });

    public static LabVmSettings VmSettings(LabConfig lab, VmSource source, Output<string> sshPrivateKey, IReadOnlyList<Resource> waitFor)
    {
        Ipv4Cidr.TryParse(lab.Network.Cidr, out var cidr, out _);
        return new LabVmSettings
        {
            Domain = lab.Domain,
            Source = source,
            VmDatastore = lab.Proxmox.VmDatastore,
            Bridge = lab.Proxmox.Bridge,
            PrefixLength = cidr.Prefix,
            Gateway = lab.Network.Gateway,
            // The lab's resolvers first, then the upstreams its DNS forwards to: a VM still resolves public names
            // (apt on its first boot) while the lab's DNS host does not answer yet or is down.
            DnsServers = [.. lab.Network.DnsServers, .. lab.Network.UpstreamResolvers.Except(lab.Network.DnsServers, StringComparer.Ordinal)],
            WaitFor = waitFor,
            AdminUser = lab.Ssh.User,
            SshPublicKeys = lab.Ssh.PublicKeys,
            SshPrivateKey = sshPrivateKey,
            NomadVersion = lab.Nomad.Version ?? Versions.Nomad,
            ConsulVersion = lab.Consul.Version ?? Versions.Consul,
            // The log shipper (with monitoring) collects the agents' journals too.
            ShipsSystemJournal = lab.Features.Monitoring,
            // A development stack is thrown away whole; a lab protects its VMs from an accidental destroy.
            Protect = !lab.Development,
        };
    }

    /// <summary>The template to clone, or (with a cloud image URL) the image downloaded to every PVE node the plan uses.</summary>
    public static VmSource Source(LabConfig lab, LabPlan plan, ComponentResourceOptions options)
    {
        var template = lab.Proxmox.Template;
        if (template.VmId is { } vmId)
        {
            return VmSource.Template(vmId);
        }

        return VmSource.FromImage(new CloudImage("cloud-image", new CloudImageArgs
        {
            Url = template.CloudImageUrl!,
            Sha256 = template.CloudImageChecksum!,
            Datastore = lab.Proxmox.SnippetsDatastore,
            PveNodes = [.. plan.Nodes.Select(n => n.PveNode).Distinct(StringComparer.Ordinal)],
        }, options));
    }

    public static ClusterNaming Naming(LabConfig lab) =>
        new(lab.Nomad.Region, lab.Nomad.Datacenter, lab.Consul.Datacenter);

    public static IReadOnlyList<VmSpec> Vms(LabPlan plan, NodeRoles roles) =>
        [.. plan.Nodes.Where(n => n.Roles == roles).Select(n => new VmSpec(n.Name, n.Ip, n.VmId, n.PveNode, n.Cores, n.MemoryMiB, n.DiskGiB))];

    /// <summary>SSH to a Raspberry Pi as its user with passwordless sudo (decision D4).</summary>
    public static ConnectionArgs PiConnection(PiHostConfig host, Output<string> sshPrivateKey) => new()
    {
        Host = host.Address,
        User = host.SshUser,
        PrivateKey = sshPrivateKey,
    };

    /// <summary>
    /// The Cloudflare provider the tunnel's resources use (decision D2), from the scoped API token: account
    /// Cloudflare Tunnel edit, Access apps and policies edit, zone DNS edit (README, "The tunnel").
    /// </summary>
    public static Pulumi.Cloudflare.Provider CloudflareProvider(Output<string> apiToken) =>
        new("cloudflare", new Pulumi.Cloudflare.ProviderArgs { ApiToken = apiToken });

    /// <summary>The tunnel of a stack with <c>features.tunnel</c>: every public hostname to the edge balancer on the edge Pi.</summary>
    public static CloudflareTunnelArgs Tunnel(LabConfig lab, ConnectionArgs edge, TunnelOrigin origin) => new()
    {
        AccountId = lab.Cloudflare.AccountId!,
        ZoneId = lab.Cloudflare.ZoneId!,
        ZoneName = lab.Cloudflare.ZoneName,
        TunnelName = lab.Cloudflare.TunnelName,
        PublicHostnames = [.. lab.Cloudflare.PublicHostnames.Select(h => h.Hostname)],
        AdminHostnames = lab.Cloudflare.AdminHostnames,
        AccessEmails = lab.Cloudflare.AccessEmails,
        // The edge balancer's own origin (issue 12's EdgeBalancer.Origin): HAProxy on localhost with the internal CA's
        // certificate for the Pi's name, whose root sits beside it on the Pi.
        Origin = origin,
        Host = lab.EdgeHost.Name,
        Connection = edge,
    };

    /// <summary>
    /// The lab's dnsmasq: an A and PTR record for every VM of the plan, both Pis and every Proxmox node; the lab domain's
    /// wildcard to the edge Pi; <c>.consul</c> and the lab's reverse zone to the Consul servers (in a compact lab, the
    /// servers that are also clients). All plan-time values: nothing here waits for a VM.
    /// </summary>
    public static InternalDnsArgs Dns(LabConfig lab, LabPlan plan, ConnectionArgs connection)
    {
        var hosts = plan.Nodes.Select(n => new DnsHost(n.Name, n.Ip))
            .Concat([new DnsHost(lab.DnsHost.Name, lab.DnsHost.Address), new DnsHost(lab.EdgeHost.Name, lab.EdgeHost.Address)])
            .Concat(lab.Proxmox.Nodes.Select(node => (node, address: EdgeRules.ProxmoxHostAddress(lab, node)))
                .Where(p => p.address is not null).Select(p => new DnsHost(p.node, p.address!)))
            .Concat(lab.Edge.ExtraHosts.Select(h => new DnsHost(h.Name, h.Address)))
            // One Pi may be both the DNS and the edge host (the dev stack), and a listed host may be a Proxmox node.
            .DistinctBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        return new InternalDnsArgs
        {
            Host = lab.DnsHost.Name,
            Connection = connection,
            Dns = new DnsmasqModel
            {
                Domain = lab.Domain,
                ListenAddresses = [lab.DnsHost.Address, "127.0.0.1"],
                Upstreams = [.. lab.Network.UpstreamResolvers.Select(ip => new DnsServer(ip))],
                Hosts = hosts,
                WildcardAddress = lab.EdgeHost.Address,
                ConsulServers = [.. plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Server)).Select(n => new DnsServer(n.Ip, ConsulDnsPort))],
                ReverseZoneCidr = lab.Network.Cidr,
            },
        };
    }

    /// <summary>Consul's DNS interface on every agent.</summary>
    public const int ConsulDnsPort = 8600;

    /// <summary>
    /// The edge balancer: Fabio on every node that runs jobs (the clients; the servers of a compact lab), or with
    /// <c>features.consulDiscoveryAtEdge</c> each public hostname's Consul service; the certificate config chooses.
    /// </summary>
    public static EdgeBalancerArgs Edge(LabConfig lab, LabPlan plan, ConnectionArgs connection, InternalCA ca, Output<string> dnsToken)
    {
        var jobRole = lab.Topology == Topology.Compact ? NodeRoles.Server | NodeRoles.Client : NodeRoles.Client;
        return new EdgeBalancerArgs
        {
            Site = new EdgeSite
            {
                Domain = lab.Domain,
                HostName = lab.EdgeHost.Name,
                Address = lab.EdgeHost.Address,
                LabCidr = lab.Network.Cidr,
                DnsServers = lab.Network.DnsServers,
                JobNodes = [.. plan.Nodes.Where(n => n.Roles == jobRole).Select(n => new EdgeNode(n.Name, n.Ip))],
                Services = lab.Features.ConsulDiscoveryAtEdge ? [.. EdgeRules.EdgeServices(lab).Select(s => new EdgeService(s.Hostname, s.Service))] : null,
                EndToEndTls = lab.Features.EndToEndTls,
                StatsPort = lab.Edge.StatsPort,
            },
            PublicHostnames = [.. lab.Cloudflare.PublicHostnames.Select(h => h.Hostname)],
            Connection = connection,
            Ca = ca,
            LetsEncrypt = lab.Edge.Certificate != EdgeCertificateSource.LetsEncrypt ? null : new LetsEncryptSettings
            {
                Email = lab.Edge.AcmeEmail!,
                CloudflareToken = Output.CreateSecret(dnsToken),
                Staging = lab.Edge.AcmeStaging,
            },
        };
    }
}
