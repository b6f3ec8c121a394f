using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// Renders the one dnsmasq file of the DNS Pi (<c>/etc/dnsmasq.d/homelab.conf</c>) from a <see cref="DnsmasqModel"/>.
/// The options are those of dnsmasq(8), 2.89 as Debian 12 and Raspberry Pi OS ship it; the file passes
/// <c>dnsmasq --test</c>, and the live tests serve it.
/// </summary>
public static partial class DnsmasqConfigRenderer
{
    /// <summary>Where the file goes on the Pi: Debian's dnsmasq reads every <c>*.conf</c> of <c>/etc/dnsmasq.d</c>.</summary>
    public const string Path = "/etc/dnsmasq.d/homelab.conf";

    /// <summary>The file for <paramref name="model"/>; hosts sorted by name, so it changes only with the lab.</summary>
    /// <exception cref="ArgumentException">A name is not a DNS label, an address not IPv4, a port out of range, or a name repeats.</exception>
    public static string Render(DnsmasqModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Check(model);
        var text = new StringBuilder();
        text.Append("# The lab's DNS, rendered by homelab (InternalDns); changes here are overwritten.\n");
        // Never forward a bare name or a private-range PTR that dnsmasq has no record for to the public upstreams.
        text.Append("domain-needed\n");
        text.Append("bogus-priv\n");
        // Upstreams come only from this file, never from the Pi's resolv.conf (which may point back at dnsmasq).
        text.Append("no-resolv\n");
        // Not /etc/hosts: Raspberry Pi OS maps the Pi's own name to 127.0.1.1 there, which LAN clients must never get.
        text.Append("no-hosts\n");
        // Only the listed addresses, and only those sockets (bind-interfaces): no answer on any other interface, and
        // no clash with another resolver on the same host.
        text.Append("bind-interfaces\n");
        foreach (var address in model.ListenAddresses)
        {
            text.Append("listen-address=").Append(address).Append('\n');
        }
        text.Append("port=").Append(Invariant(model.Port)).Append('\n');
        text.Append("cache-size=1000\n");
        text.Append('\n');

        text.Append("# Upstream resolvers for everything that is not the lab's.\n");
        foreach (var upstream in model.Upstreams)
        {
            text.Append("server=").Append(Server(upstream)).Append('\n');
        }
        text.Append('\n');

        if (model.ConsulServers.Count > 0)
        {
            text.Append("# Consul's DNS answers .consul (services and nodes); dnsmasq asks the servers in turn.\n");
            foreach (var consul in model.ConsulServers)
            {
                text.Append("server=/consul/").Append(Server(consul)).Append('\n');
            }
            if (model.ReverseZoneCidr is { } cidr)
            {
                // Reverse lookups in the lab network that no host-record answers; a configured server wins over bogus-priv.
                foreach (var consul in model.ConsulServers)
                {
                    text.Append("rev-server=").Append(cidr).Append(',').Append(Server(consul)).Append('\n');
                }
            }
            text.Append('\n');
        }

        text.Append("# Every VM, Pi and Proxmox host: an A record for <name>.<domain> and <name>, a PTR to <name>.<domain>.\n");
        foreach (var host in model.Hosts.OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            // The first name of a host-record is the one its PTR answers with.
            text.Append("host-record=").Append(host.Name).Append('.').Append(model.Domain).Append(',').Append(host.Name)
                .Append(',').Append(host.Address).Append('\n');
        }

        if (model.WildcardAddress is { } wildcard)
        {
            text.Append('\n');
            // Every other name under the domain goes to the edge, which routes by Host header; the host-records above
            // answer before it.
            text.Append("# Any other name under the lab domain: the edge balancer.\n");
            text.Append("address=/").Append(model.Domain).Append('/').Append(wildcard).Append('\n');
        }
        return text.ToString();
    }

    private static string Server(DnsServer server) =>
        server.Port == 53 ? server.Address : $"{server.Address}#{Invariant(server.Port)}";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Check(DnsmasqModel model)
    {
        if (!Domain().IsMatch(model.Domain))
        {
            throw new ArgumentException($"domain '{model.Domain}' is not a lower-case DNS name", nameof(model));
        }
        if (model.ListenAddresses.Count == 0)
        {
            throw new ArgumentException("dnsmasq needs at least one listen address", nameof(model));
        }
        if (model.Upstreams.Count == 0)
        {
            throw new ArgumentException("dnsmasq runs with no-resolv, so it needs at least one upstream resolver", nameof(model));
        }
        CheckPort(model.Port);
        foreach (var address in model.ListenAddresses.Concat(model.Hosts.Select(h => h.Address))
            .Concat(model.Upstreams.Concat(model.ConsulServers).Select(s => s.Address))
            .Concat(model.WildcardAddress is null ? [] : [model.WildcardAddress]))
        {
            if (!IsIpv4(address))
            {
                throw new ArgumentException($"'{address}' is not an IPv4 address", nameof(model));
            }
        }
        foreach (var server in model.Upstreams.Concat(model.ConsulServers))
        {
            CheckPort(server.Port);
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var host in model.Hosts)
        {
            if (!Label().IsMatch(host.Name))
            {
                throw new ArgumentException($"host name '{host.Name}' is not a lower-case DNS label", nameof(model));
            }
            if (!names.Add(host.Name))
            {
                throw new ArgumentException($"host '{host.Name}' is listed twice; one host-record per name", nameof(model));
            }
        }
        if (model.ReverseZoneCidr is { } cidr)
        {
            var parts = cidr.Split('/');
            if (parts.Length != 2 || !IsIpv4(parts[0]) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix is < 8 or > 32)
            {
                throw new ArgumentException($"reverse zone '{cidr}' is not an IPv4 CIDR with a prefix of 8 to 32", nameof(model));
            }
        }
    }

    private static void CheckPort(int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentException($"port {port} is not between 1 and 65535", nameof(port));
        }
    }

    private static bool IsIpv4(string text) =>
        IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork && address.ToString() == text;

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
