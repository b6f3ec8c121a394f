namespace Lab.Infra.Config;

/// <summary>
/// Checks a <see cref="LabConfig"/> before any resource exists and reports every problem at once, in a stable order
/// (the order of the config's sections, then the rules across VMs). Each message names the key, the bad value,
/// the rule and the fix, e.g. <c>homelab:network.gateway '10.0.5.300' is not an IPv4 address; fix: pulumi config
/// set --path 'homelab:network.gateway' &lt;ip&gt;</c>.
/// </summary>
public static class LabConfigValidator
{
    /// <summary>Every problem that stops the lab from being built; empty when the config is valid.</summary>
    public static IReadOnlyList<string> Validate(LabConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var errors = new List<string>();
        var facts = NetworkFacts.From(config);
        // Counts out of range are reported by RoleRules; the rules over the VMs then have no VMs to judge.
        var nodes = RoleCounts.AreExpandable(config) ? NodeLayout.Expand(config) : null;
        var domainOk = DomainRules.Check(config, nodes, errors);
        NetworkRules.Check(config, facts, errors);
        ProxmoxRules.Check(config, errors);
        RoleRules.Check(config, errors);
        if (nodes is not null)
        {
            NodeRules.Check(config, facts, nodes, errors);
        }

        AccessRules.CheckSsh(config.Ssh, errors);
        CloudflareRules.Check(config, domainOk, errors);
        EdgeRules.Check(config, errors);
        DnsHostRules.Check(config, nodes, errors);
        ClusterRules.CheckCluster(config, errors);
        ClusterRules.CheckJobs(config.Jobs, errors);
        AccessRules.CheckSecrets(config, errors);
        return errors;
    }

    /// <summary>
    /// What the config allows but loses fault tolerance or may not fit: a single server, a single Proxmox node, all
    /// servers pinned to one node, or a node asked for more than a plausible host has (<see cref="HostCapacity"/>).
    /// Meant to be logged, not to stop the deployment.
    /// </summary>
    public static IReadOnlyList<string> Warnings(LabConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var warnings = new List<string>();
        if (config.Servers.Count == 1)
        {
            warnings.Add($"{ConfigKeys.Full("servers.count")} is 1: losing that server stops Nomad and Consul");
        }

        // A count out of range is an error of Validate; the warnings that need the VMs then have none to look at.
        var nodes = RoleCounts.AreExpandable(config) ? NodeLayout.Expand(config) : [];
        if (config.Proxmox.Nodes.Count == 1 && config.Servers.Count > 0)
        {
            warnings.Add($"{ConfigKeys.Full("proxmox.nodes")} has one node ({config.Proxmox.Nodes[0]}): losing it stops every VM of the lab");
        }
        else
        {
            var serverNodes = nodes.Where(node => node.Roles.HasFlag(NodeRoles.Server)).Select(node => node.PveNode).Distinct().ToList();
            if (config.Proxmox.Nodes.Count > 1 && config.Servers.Count > 1 && serverNodes.Count == 1)
            {
                warnings.Add($"{ConfigKeys.Full("servers.pveNodes")} places all {config.Servers.Count} servers on {serverNodes[0]}: losing it loses the Raft quorum");
            }
        }

        HostCapacity.Warn(nodes, warnings);
        EdgeRules.Warn(config, warnings);
        EdgeServiceRules.Warn(config, warnings);
        return warnings;
    }
}
