using System.Globalization;
using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:edge</c>, <c>homelab:dns</c> and <c>homelab:cloudflareDnsToken</c>.</summary>
internal static partial class EdgeRules
{
    public static void Check(LabConfig config, List<string> errors)
    {
        var edge = config.Edge;
        if (edge.Certificate == EdgeCertificateSource.LetsEncrypt)
        {
            if (edge.AcmeEmail is null || !Email().IsMatch(edge.AcmeEmail))
            {
                errors.Add(ConfigKeys.Problem("edge.acmeEmail", $"is {EchoedValue.Of(edge.AcmeEmail ?? "")}, not an e-mail address, but {ConfigKeys.Full("edge.certificate")} is letsEncrypt",
                    ConfigKeys.SetCommand("edge.acmeEmail", "<email>")));
            }
            if (edge.DnsToken != SecretState.Secret)
            {
                errors.Add(ConfigKeys.Problem(EdgeConfigReader.DnsTokenKey,
                    edge.DnsToken == SecretState.Plaintext ? "is stored in plain text in the stack file"
                        : $"is not set, but {ConfigKeys.Full("edge.certificate")} is letsEncrypt (a Cloudflare token with Zone:DNS:Edit on the lab's zone)",
                    ConfigKeys.SetSecretCommand(EdgeConfigReader.DnsTokenKey, "<file holding the token>")));
            }
        }
        CheckStatsPort(config, errors);
        if (edge.Services.Count > 0 && !config.Features.ConsulDiscoveryAtEdge)
        {
            errors.Add(ConfigKeys.Problem("edge.services", $"is set, but {ConfigKeys.Full("features.consulDiscoveryAtEdge")} is false, so nothing uses it",
                ConfigKeys.SetCommand("features.consulDiscoveryAtEdge", "true")));
        }
        var routed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < edge.Services.Count; i++)
        {
            var service = edge.Services[i];
            var path = $"edge.services[{i}]";
            if (!DnsNames.IsDomain(service.Hostname) || !service.Hostname.Contains('.', StringComparison.Ordinal))
            {
                // HAProxy's renderer takes route hosts of two labels or more: a bare label is no public hostname.
                errors.Add(ConfigKeys.Bad($"{path}.hostname", service.Hostname, "is not a lower-case DNS name of two labels or more", ConfigKeys.SetCommand($"{path}.hostname", "<name>")));
            }
            else if (!routed.TryAdd(service.Hostname, i))
            {
                errors.Add(ConfigKeys.Bad($"{path}.hostname", service.Hostname,
                    $"repeats {ConfigKeys.Full($"edge.services[{routed[service.Hostname]}].hostname")}: HAProxy routes a hostname to one service",
                    $"pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
            if (!Label().IsMatch(service.Service))
            {
                errors.Add(ConfigKeys.Bad($"{path}.service", service.Service, "is not a Consul service name (lower-case letters, digits, '-')",
                    ConfigKeys.SetCommand($"{path}.service", "<service>")));
            }
            else if (service.Service.Length > MaxServiceName)
            {
                errors.Add(ConfigKeys.Bad($"{path}.service", service.Service, ServiceTooLong, ConfigKeys.SetCommand($"{path}.service", "<service>")));
            }
        }
        for (var i = 0; i < edge.ExtraHosts.Count; i++)
        {
            var host = edge.ExtraHosts[i];
            if (!Label().IsMatch(host.Name))
            {
                errors.Add(ConfigKeys.Bad($"dns.hosts[{i}].name", host.Name, "is not a lower-case DNS label", ConfigKeys.SetCommand($"dns.hosts[{i}].name", "<name>")));
            }
            if (!Ipv4.TryParse(host.Address, out _))
            {
                errors.Add(ConfigKeys.Bad($"dns.hosts[{i}].address", host.Address, "is not an IPv4 address", ConfigKeys.SetCommand($"dns.hosts[{i}].address", "<ip>")));
            }
        }
    }

    /// <summary>
    /// HAProxy's stats page binds the edge Pi's address, so its port must be free there: not sshd's (every address, the
    /// program's own way in), not HAProxy's public frontends (every address), and on a Pi that is also the DNS Pi not
    /// dnsmasq's (TCP 53 on that address).
    /// </summary>
    private static void CheckStatsPort(LabConfig config, List<string> errors)
    {
        const string path = "edge.statsPort";
        var port = config.Edge.StatsPort;
        var sharedPi = Ipv4.TryParse(config.EdgeHost.Address, out var edge) && Ipv4.TryParse(config.DnsHost.Address, out var dns) && edge == dns;
        var taken = new List<(int Port, string Owner)> { (22, "sshd's"), (80, "HAProxy's HTTP frontend's"), (443, "HAProxy's HTTPS frontend's") };
        if (sharedPi)
        {
            taken.Add((53, "dnsmasq's"));
        }

        var free = $"a free TCP port in 1..65535 other than {string.Join(", ", taken.Select(t => t.Port.ToString(CultureInfo.InvariantCulture)))}";
        var owner = taken.Find(t => t.Port == port).Owner;
        var problem = port is < 1 or > 65535 ? $"is not a TCP port: the stats page needs {free}"
            : owner is not null ? $"is {owner} port on the edge Pi{(sharedPi ? ", which is also the DNS Pi" : "")}; the stats page needs {free}"
            : null;
        if (problem is not null)
        {
            errors.Add(ConfigKeys.Bad(path, port.ToString(CultureInfo.InvariantCulture), problem,
                ConfigKeys.SetCommand(path, EdgeConfigReader.DefaultStatsPort.ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>
    /// A Proxmox node whose address the program cannot know (more than one node, none in <c>dns.hosts</c>) gets no DNS
    /// record; the lab still works, by IP.
    /// </summary>
    public static void Warn(LabConfig config, List<string> warnings)
    {
        foreach (var node in config.Proxmox.Nodes.Distinct(StringComparer.Ordinal))
        {
            if (ProxmoxHostAddress(config, node) is null)
            {
                warnings.Add($"{ConfigKeys.Full("dns.hosts")} has no address for the Proxmox node {node}, so the lab's DNS has no record for it; "
                    + $"add one with {ConfigKeys.SetCommand("dns.hosts[0].name", node)} and {ConfigKeys.SetCommand("dns.hosts[0].address", "<ip>")}");
            }
        }
    }

    /// <summary>The address of a Proxmox node: from <c>dns.hosts</c>, or for a lone node the API endpoint's IPv4 host.</summary>
    public static string? ProxmoxHostAddress(LabConfig config, string node)
    {
        if (config.Edge.ExtraHosts.FirstOrDefault(h => h.Name == node) is { } listed)
        {
            return listed.Address;
        }
        return config.Proxmox.Nodes.Count == 1 && Uri.TryCreate(config.Proxmox.Endpoint, UriKind.Absolute, out var endpoint)
            && Ipv4.TryParse(endpoint.Host, out _) ? endpoint.Host : null;
    }

    /// <summary>
    /// Each public hostname the edge routes to a Consul service: <c>edge.services</c>, else each public hostname that
    /// names a service of a job this stack runs (<see cref="EdgeServiceRules.Derived"/>); the rest go through Fabio.
    /// </summary>
    public static IReadOnlyList<EdgeServiceConfig> EdgeServices(LabConfig config) =>
        config.Edge.Services.Count > 0 ? config.Edge.Services : EdgeServiceRules.Derived(config);

    /// <summary>The longest service name HAProxy's backend name <c>svc_&lt;service&gt;</c> leaves room for (a 63-character word).</summary>
    private const int MaxServiceName = 59;

    private static readonly string ServiceTooLong = string.Create(CultureInfo.InvariantCulture,
        $"is longer than {MaxServiceName} characters, the most HAProxy's backend name svc_<service> (at most 63) leaves");

    [GeneratedRegex(@"^[^@\s']+@[^@\s']+\.[^@\s']+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
