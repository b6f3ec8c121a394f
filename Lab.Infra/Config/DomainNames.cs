using Lab.Components.Jobs;

namespace Lab.Infra.Config;

/// <summary>
/// A name the program builds from <c>homelab:domain</c>: what it is used for, the key that gives its host part (null
/// when the name is the domain with a fixed prefix or suffix) with that key's value, the host part, and the longest
/// the name may be.
/// </summary>
internal sealed record DomainName(string Name, string Use, string? HostKey, string? KeyValue, string? Host, int Limit);

/// <summary>
/// Every name the lab builds from its domain, so that a domain too long for one of them is reported by
/// <c>homelab:domain</c> before a renderer or a certificate authority meets it. The list follows the code that
/// composes them: the CA's subject (LabStack), <c>&lt;host&gt;.&lt;domain&gt;</c> for each VM, Pi, Proxmox node and
/// <c>dns.hosts</c> entry (dnsmasq's host records; the agent certificates' and the edge's origin certificate's common
/// name), <c>*.&lt;domain&gt;</c> (the edge's public certificate, certbot), <c>fabio.</c> (the edge's route, Fabio's
/// certificate), <c>echo.</c> (the http-echo job's route), <c>grafana.</c> (with monitoring) and the default admin
/// hostnames.
/// </summary>
internal static class DomainNames
{
    /// <summary>The longest DNS name in text form (RFC 1035 §2.3.4: 255 octets on the wire).</summary>
    public const int MaxName = 253;

    /// <summary>The longest X.509 common name (RFC 5280, ub-common-name); OpenSSL refuses a longer one.</summary>
    public const int MaxCommonName = 64;

    /// <summary>The names built from <see cref="LabConfig.Domain"/>; host parts that are not DNS labels are left out (their own rules report them).</summary>
    public static IReadOnlyList<DomainName> Of(LabConfig config, IReadOnlyList<LayoutNode>? nodes)
    {
        ArgumentNullException.ThrowIfNull(config);
        var domain = config.Domain;
        var names = new List<DomainName>
        {
            new($"{domain} root CA", "the internal CA's common name", null, null, null, MaxCommonName),
            new($"*.{domain}", "the edge's wildcard certificate name", null, null, null, MaxName),
            new($"fabio.{domain}", "the Fabio UI's route", null, null, null, MaxName),
        };
        if (config.RunsJob(HttpEchoJob.Id))
        {
            names.Add(new($"echo.{domain}", "the http-echo job's route", null, null, null, MaxName));
        }

        if (config.RunsJob(MonitoringJobs.Grafana))
        {
            names.Add(new($"grafana.{domain}", "Grafana's route", null, null, null, MaxName));
        }

        names.AddRange(LabDefaults.AdminHostnames(domain, config.Features.Monitoring)
            .Where(admin => config.Cloudflare.AdminHostnames.Contains(admin, StringComparer.Ordinal))
            .Select(admin => new DomainName(admin, "a default admin hostname", null, null, null, MaxName)));

        foreach (var node in nodes ?? [])
        {
            // Nodes with an agent carry <host>.<domain> as their agent certificate's common name; the support VM only a DNS record.
            names.Add(node.Roles.HasFlag(NodeRoles.Server) || node.Roles.HasFlag(NodeRoles.Client)
                ? Host(node.Name, $"{node.RoleKey}.name", node.Role.Name, domain, $"the agent certificate's common name of {EchoedValue.Of(node.Name)}", MaxCommonName)
                : Host(node.Name, $"{node.RoleKey}.name", node.Role.Name, domain, $"the DNS record of {EchoedValue.Of(node.Name)}", MaxName));
        }

        names.Add(Host(config.DnsHost.Name, $"{ConfigKeys.DnsHost}.name", domain, "the DNS Pi's DNS record", MaxName));
        // The tunnel reaches the edge by this name (originServerName) and its origin certificate carries it as common name.
        names.Add(Host(config.EdgeHost.Name, $"{ConfigKeys.EdgeHost}.name", domain, "the edge Pi's origin certificate common name", MaxCommonName));
        for (var i = 0; i < config.Proxmox.Nodes.Count; i++)
        {
            names.Add(Host(config.Proxmox.Nodes[i], $"{ConfigKeys.Proxmox}.nodes[{i}]", domain, $"the DNS record of the Proxmox node {EchoedValue.Of(config.Proxmox.Nodes[i])}", MaxName));
        }

        for (var i = 0; i < config.Edge.ExtraHosts.Count; i++)
        {
            names.Add(Host(config.Edge.ExtraHosts[i].Name, $"{EdgeConfigReader.DnsKey}.hosts[{i}].name", domain, $"the DNS record of {EchoedValue.Of(config.Edge.ExtraHosts[i].Name)}", MaxName));
        }

        return [.. names.Where(name => name.Host is null || DnsNames.IsLabel(name.Host))];
    }

    private static DomainName Host(string host, string key, string domain, string use, int limit) =>
        Host(host, key, host, domain, use, limit);

    private static DomainName Host(string host, string key, string keyValue, string domain, string use, int limit) =>
        new($"{host}.{domain}", use, key, keyValue, host, limit);
}
