using Lab.Infra.Config;

namespace Lab.Infra.Synth.Picture;

/// <summary>
/// Builds the <see cref="LabPicture"/> of a validated config: VMs from the plan grouped by Proxmox node, the Pis
/// (one machine when DNS and edge share a Pi), services from the roles, <c>homelab:jobs</c> and
/// <c>homelab:features</c>, and the paths of traffic (internet, tunnel, edge, Fabio or Consul discovery, service)
/// and of DNS (VMs, dnsmasq, upstreams; <c>consul.</c> to Consul DNS). A pure function of the model, never of
/// resources, so that it shows what the config asks for.
/// </summary>
internal static class LabPictureModel
{
    /// <summary>Nomad jobs that run on every node that runs jobs (Nomad system jobs); the others are scheduled.</summary>
    private const string Fabio = "fabio";

    public static LabPicture From(LabConfig lab, LabPlan plan)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(plan);
        var features = lab.Features;
        var fabio = lab.Jobs.Contains(Fabio, StringComparer.Ordinal);
        var jobNodes = plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Client)).ToList();
        var servers = plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Server)).ToList();
        var scheduled = lab.Jobs.Where(j => j != Fabio).Concat(features.Monitoring ? ["prometheus", "grafana", "loki"] : []).ToList();

        var machines = new List<PictureMachine>();
        var flows = new List<PictureFlow>();
        if (features.Tunnel)
        {
            machines.Add(new PictureMachine("internet", "Internet", [new PictureHost("internet_host", "", [new PictureService("internet", "visitors")])], Outside: true));
            machines.Add(new PictureMachine("cloudflare", "Cloudflare", [new PictureHost("cloudflare_host", "",
                [new PictureService("cloudflare_edge", $"tunnel {lab.Cloudflare.TunnelName}\nproxied DNS, Access")])], Outside: true));
        }
        machines.Add(new PictureMachine("lan", $"LAN {lab.Network.Cidr}", [new PictureHost("lan_host", "", [new PictureService("lan", "lab users")])], Outside: true));

        foreach (var pveNode in plan.Nodes.Select(n => n.PveNode).Distinct(StringComparer.Ordinal))
        {
            machines.Add(new PictureMachine($"pve_{Id(pveNode)}", $"{pveNode}: Proxmox VE",
                [.. plan.Nodes.Where(n => n.PveNode == pveNode).Select(n => Vm(n, lab, fabio))]));
        }

        var dnsPi = lab.DnsHost;
        var edgePi = lab.EdgeHost;
        var pis = dnsPi.Name == edgePi.Name ? [dnsPi] : new[] { dnsPi, edgePi };
        foreach (var pi in pis)
        {
            var services = new List<PictureService>();
            if (pi.Name == dnsPi.Name)
            {
                services.Add(new PictureService("dnsmasq", "dnsmasq :53"));
            }
            if (pi.Name == edgePi.Name)
            {
                if (features.Tunnel)
                {
                    services.Add(new PictureService("cloudflared", "cloudflared"));
                }
                services.Add(new PictureService("haproxy", "HAProxy :80 → :443\nstats :1936"));
            }
            machines.Add(new PictureMachine($"pi_{Id(pi.Name)}", $"{pi.Name}: Raspberry Pi", [new PictureHost($"host_{Id(pi.Name)}", $"{pi.Name}\n{pi.Address}", services)]));
        }
        if (scheduled.Count > 0)
        {
            machines.Add(new PictureMachine("jobs", "Nomad jobs, scheduled on the nodes that run jobs",
                [new PictureHost("jobs_host", "", [.. scheduled.Select(j => new PictureService($"job_{Id(j)}", j))])]));
        }
        machines.Add(new PictureMachine("upstream", "Upstream resolvers", [new PictureHost("upstream_host", "",
            [new PictureService("upstream", string.Join("\n", lab.Network.UpstreamResolvers))])], Outside: true));

        // Traffic: the internet through the tunnel, and the LAN directly, reach HAProxy; it forwards to Fabio on every
        // node that runs jobs, or (discovery at the edge) to the services' instances found through Consul DNS.
        if (features.Tunnel)
        {
            flows.Add(new PictureFlow("internet", "cloudflare_edge", "HTTPS: public hostnames", FlowKind.Traffic));
            flows.Add(new PictureFlow("cloudflared", "cloudflare_edge", "outbound tunnel", FlowKind.Traffic));
            flows.Add(new PictureFlow("cloudflared", "haproxy", "HTTPS :443 (origin TLS verified)", FlowKind.Traffic));
        }
        flows.Add(new PictureFlow("lan", "haproxy", $"HTTPS *.{lab.Domain}", FlowKind.Traffic));
        var pastEdge = features.EndToEndTls ? "HTTPS (internal CA)" : "HTTP";
        if (features.ConsulDiscoveryAtEdge)
        {
            flows.AddRange(servers.Select(s => new PictureFlow("haproxy", Service(s, "consul"), "SRV lookups :8600", FlowKind.Discovery)));
            flows.AddRange(scheduled.Select(j => new PictureFlow("haproxy", $"job_{Id(j)}", pastEdge, FlowKind.Traffic)));
        }
        else
        {
            flows.AddRange(jobNodes.Select(n => new PictureFlow("haproxy", Service(n, "fabio"), $"{pastEdge} :9999", FlowKind.Traffic)));
        }
        if (fabio && jobNodes.Count > 0)
        {
            flows.AddRange(scheduled.Select(j => new PictureFlow(Service(jobNodes[0], "fabio"), $"job_{Id(j)}", "urlprefix- routes", FlowKind.Traffic)));
            flows.AddRange(jobNodes.Select(n => new PictureFlow(Service(n, "fabio"), Service(n, "consul"), "catalogue :8501", FlowKind.Discovery)));
        }

        // DNS: the VMs ask the resolvers of homelab:network.dnsServers; dnsmasq answers the lab's names, forwards
        // consul. to Consul DNS on the servers and everything else upstream. HAProxy resolves through it too.
        var resolvers = lab.Network.DnsServers.Contains(dnsPi.Address, StringComparer.Ordinal) ? "dnsmasq" : "upstream";
        flows.AddRange(plan.Nodes.Select(n => n.PveNode).Distinct(StringComparer.Ordinal)
            .Select(p => new PictureFlow($"pve_{Id(p)}", resolvers, "DNS (every VM)", FlowKind.Dns)));
        flows.Add(new PictureFlow("haproxy", "dnsmasq", "DNS (resolvers)", FlowKind.Dns));
        flows.AddRange(servers.Select(s => new PictureFlow("dnsmasq", Service(s, "consul"), "*.consul :8600", FlowKind.Dns)));
        flows.Add(new PictureFlow("dnsmasq", "upstream", "everything else", FlowKind.Dns));
        return new LabPicture(machines, flows);
    }

    private static PictureHost Vm(LabNode node, LabConfig lab, bool fabio)
    {
        var services = new List<PictureService>();
        var server = node.Roles.HasFlag(NodeRoles.Server);
        var client = node.Roles.HasFlag(NodeRoles.Client);
        if (server || client)
        {
            services.Add(new PictureService(Service(node, "consul"), server ? "Consul server\nHTTPS :8501, DNS :8600" : "Consul client"));
            services.Add(new PictureService(Service(node, "nomad"), server && client ? "Nomad server + client" : server ? "Nomad server :4646" : "Nomad client"));
        }
        if (client)
        {
            services.Add(new PictureService(Service(node, "podman"), "Podman (rootless)"));
            if (fabio)
            {
                services.Add(new PictureService(Service(node, "fabio"), "Fabio :9999, UI :9998"));
            }
            if (lab.Features.Monitoring)
            {
                services.Add(new PictureService(Service(node, "logs"), "log shipper"));
            }
        }
        if (node.Roles.HasFlag(NodeRoles.Support))
        {
            services.Add(new PictureService(Service(node, "support"), "support VM"));
        }
        return new PictureHost($"host_{Id(node.Name)}", $"{node.Name}\n{node.Ip}\n{node.Roles.Describe()}", services);
    }

    private static string Service(LabNode node, string service) => $"{Id(node.Name)}_{service}";

    /// <summary>A DOT identifier from a name: letters, digits and underscores.</summary>
    private static string Id(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
}
