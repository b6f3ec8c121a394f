using System.Collections.Immutable;
using Lab.Components.Components;
using Lab.Components.Jobs;
using Lab.Infra.Config;
using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The cluster's services, in the same <c>pulumi up</c> as the cluster: the Consul and Nomad providers configured from
/// the cluster's outputs (decision D2), Nomad's ACLs after bootstrap, and the lab's jobs.
/// </summary>
internal sealed class LabServices
{
    /// <summary>The namespace other stacks deploy into with the deploy token of <see cref="NomadAccess"/>.</summary>
    public const string AppsNamespace = "apps";

    private LabServices(NomadAccess access, LabJobs? jobs, Output<ImmutableDictionary<string, string>> uiUrls)
    {
        Access = access;
        Jobs = jobs;
        UiUrls = uiUrls;
    }

    public NomadAccess Access { get; }

    public LabJobs? Jobs { get; }

    /// <summary>The web UIs on the LAN, by name (README, "Stack outputs").</summary>
    public Output<ImmutableDictionary<string, string>> UiUrls { get; }

    public static LabServices Create(LabConfig lab, LabPlan plan, NomadServerCluster cluster, InternalCA ca, IReadOnlyList<Resource> jobNodes)
    {
        var consul = ConsulProvider(lab, cluster);
        var nomad = NomadProvider(lab, cluster);

        var access = new NomadAccess("nomad-access", new NomadAccessArgs { AppsNamespace = AppsNamespace },
            new ComponentResourceOptions { Providers = { nomad } });

        var scheduler = NomadScheduler.Create(nomad);

        var nodes = plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Client)).ToList();
        var compact = lab.Topology == Topology.Compact;
        var jobs = lab.Jobs.Count == 0 && !lab.Features.Monitoring ? null : new LabJobs("jobs", new LabJobsArgs
        {
            Jobs = lab.Jobs,
            // The node classes LabStack gives the job nodes' Nomad clients.
            Placement = new JobPlacement([lab.Nomad.Datacenter], compact ? "compact" : "general", nodes.Count),
            Domain = lab.Domain,
            EndToEndTls = lab.Features.EndToEndTls,
            Ca = ca,
            Monitoring = !lab.Features.Monitoring ? null : new MonitoringSettings
            {
                Placement = new JobPlacement([lab.Nomad.Datacenter], compact ? "compact" : "general", nodes.Count),
                Domain = lab.Domain,
                NomadAgents = [.. plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Server) || n.Roles.HasFlag(NodeRoles.Client)).Select(n => n.Ip)],
                ConsulAgents = [.. plan.Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Server) || n.Roles.HasFlag(NodeRoles.Client)).Select(n => n.Ip)],
                // HAProxy's Prometheus exporter on the edge's stats frontend (EdgeBalancer, issue 12).
                HaproxyMetrics = $"{lab.EdgeHost.Address}:1936",
            },
            // The scheduler honours the tasks' memory_max only once oversubscription is on.
            WaitFor = [.. jobNodes, scheduler],
        }, new ComponentResourceOptions { Providers = { consul, nomad } });

        var fabio = lab.Jobs.Contains(FabioJob.Id) && nodes.Count > 0 ? $"http://{nodes[0].Ip}:{FabioJob.UiPort}/" : null;
        // Grafana is routed by Fabio under its own name, through the edge.
        var grafana = lab.Features.Monitoring ? $"https://grafana.{lab.Domain}/" : null;
        var urls = Output.Tuple(cluster.NomadAddress, cluster.ConsulAddress).Apply(a =>
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            builder["nomad"] = $"{a.Item1}/ui/";
            builder["consul"] = $"{a.Item2}/ui/";
            if (fabio is not null)
            {
                builder["fabio"] = fabio;
            }
            if (grafana is not null)
            {
                builder["grafana"] = grafana;
            }
            return builder.ToImmutable();
        });
        return new LabServices(access, jobs, urls);
    }

    /// <summary>
    /// Consul's HTTPS API on the first server with the cluster's management token. The token output resolves only once
    /// the cluster's ACL setup ran, so the provider, and every Consul resource, waits for it. No client certificate (D1).
    /// </summary>
    public static Pulumi.Consul.Provider ConsulProvider(LabConfig lab, NomadServerCluster cluster) =>
        new("consul", new Pulumi.Consul.ProviderArgs
        {
            Address = cluster.ConsulAddress.Apply(address => new Uri(address).Authority),
            Scheme = "https",
            CaPem = cluster.CaCertPem,
            Token = cluster.ConsulToken,
            Datacenter = lab.Consul.Datacenter,
        });

    /// <summary>Nomad's HTTPS API with the bootstrap token, which resolves once Nomad's ACL bootstrap ran. No client certificate (D1).</summary>
    public static Pulumi.Nomad.Provider NomadProvider(LabConfig lab, NomadServerCluster cluster) =>
        new("nomad", new Pulumi.Nomad.ProviderArgs
        {
            Address = cluster.NomadAddress,
            CaPem = cluster.CaCertPem,
            SecretId = cluster.NomadToken,
            Region = lab.Nomad.Region,
        });
}
