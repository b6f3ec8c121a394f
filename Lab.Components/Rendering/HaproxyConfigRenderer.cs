using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// Renders <c>/etc/haproxy/haproxy.cfg</c> of the edge Pi from a <see cref="HaproxyModel"/>, for HAProxy 2.6 (Debian 12,
/// Raspberry Pi OS): <c>:80</c> redirects to HTTPS, <c>:443</c> terminates TLS (Mozilla intermediate) and routes by
/// Host header, backends are health-checked over HTTP and retried so that a dying server costs no request, stats and
/// Prometheus metrics sit on a lab-only port behind a password, and the lab's DNS is the resolver for SRV discovery.
/// The file passes <c>haproxy -c</c>; the live tests run it.
/// </summary>
public static partial class HaproxyConfigRenderer
{
    /// <summary>Where the file goes on the Pi.</summary>
    public const string Path = "/etc/haproxy/haproxy.cfg";

    /// <summary>The name of the resolvers section that discovery uses.</summary>
    public const string ResolversName = "lab";

    /// <summary>The backend that answers 404 for a Host no route knows, when there is no default backend.</summary>
    public const string NoRouteBackend = "no_route";

    /// <summary>The userlist of the stats page.</summary>
    private const string StatsUsers = "stats_users";

    /// <summary>The file for <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">A name, address, port, path or password breaks a rule the file relies on.</exception>
    public static string Render(HaproxyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Check(model);
        var text = new StringBuilder();
        text.Append("# The edge balancer, rendered by homelab (EdgeBalancer); changes here are overwritten.\n");
        Global(text, model);
        Defaults(text, model);
        Resolvers(text, model);
        HttpFrontend(text, model);
        HttpsFrontend(text, model);
        StatsFrontend(text, model);
        foreach (var backend in model.Backends.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            Backend(text, model, backend);
        }
        if (model.DefaultBackend is null)
        {
            text.Append('\n');
            text.Append("backend ").Append(NoRouteBackend).Append('\n');
            text.Append("    http-request return status 404 content-type text/plain string \"no route for this host\"\n");
        }
        return text.ToString();
    }

    private static void Global(StringBuilder text, HaproxyModel model)
    {
        var process = model.Process;
        text.Append('\n');
        text.Append("global\n");
        // Raspberry Pi OS logs to journald only (no rsyslog socket in the chroot): stdout of the service is the journal.
        text.Append("    log stdout format raw local0 info\n");
        if (process.Chroot is { } chroot)
        {
            text.Append("    chroot ").Append(chroot).Append('\n');
        }
        // expose-fd listeners: a reload hands the listening sockets to the new workers, so no connection is refused.
        text.Append("    stats socket ").Append(process.StatsSocket).Append(" mode 660 level admin expose-fd listeners\n");
        text.Append("    stats timeout 30s\n");
        if (process.User is { } user)
        {
            text.Append("    user ").Append(user).Append('\n');
        }
        if (process.Group is { } group)
        {
            text.Append("    group ").Append(group).Append('\n');
        }
        // Old workers of a reload finish their requests, but not forever.
        text.Append("    hard-stop-after 30s\n");
        text.Append("    ssl-default-bind-ciphers ").Append(MozillaIntermediate.Ciphers).Append('\n');
        text.Append("    ssl-default-bind-ciphersuites ").Append(MozillaIntermediate.CipherSuites).Append('\n');
        text.Append("    ssl-default-bind-options prefer-client-ciphers ssl-min-ver ").Append(MozillaIntermediate.MinimumVersion).Append(" no-tls-tickets\n");
        text.Append("    ssl-default-server-ciphers ").Append(MozillaIntermediate.Ciphers).Append('\n');
        text.Append("    ssl-default-server-ciphersuites ").Append(MozillaIntermediate.CipherSuites).Append('\n');
        text.Append("    ssl-default-server-options ssl-min-ver ").Append(MozillaIntermediate.MinimumVersion).Append(" no-tls-tickets\n");
    }

    private static void Defaults(StringBuilder text, HaproxyModel model)
    {
        text.Append('\n');
        text.Append("defaults\n");
        text.Append("    log global\n");
        text.Append("    mode http\n");
        text.Append("    option httplog\n");
        text.Append("    option dontlognull\n");
        text.Append("    timeout connect 2s\n");
        text.Append("    timeout client 30s\n");
        text.Append("    timeout server 30s\n");
        text.Append("    timeout http-request 10s\n");
        text.Append("    timeout queue 10s\n");
        // A check that gets no answer within one interval counts as failed.
        text.Append("    timeout check ").Append(Ms(model.Checks.InterMs)).Append('\n');
    }

    private static void Resolvers(StringBuilder text, HaproxyModel model)
    {
        text.Append('\n');
        text.Append("resolvers ").Append(ResolversName).Append('\n');
        for (var i = 0; i < model.Resolvers.Count; i++)
        {
            var server = model.Resolvers[i];
            text.Append("    nameserver dns").Append(Invariant(i)).Append(' ').Append(server.Address).Append(':').Append(Invariant(server.Port)).Append('\n');
        }
        // Consul answers with every healthy instance; EDNS0 lets a large answer arrive in one UDP datagram.
        text.Append("    accepted_payload_size 8192\n");
        text.Append("    resolve_retries 3\n");
        text.Append("    timeout resolve 1s\n");
        text.Append("    timeout retry 1s\n");
        // A DNS outage keeps the last good answer for a while; an instance gone from the answer leaves at once.
        text.Append("    hold valid 10s\n");
        text.Append("    hold other 30s\n");
        text.Append("    hold refused 30s\n");
        text.Append("    hold timeout 30s\n");
        text.Append("    hold nx 30s\n");
    }

    private static void HttpFrontend(StringBuilder text, HaproxyModel model)
    {
        text.Append('\n');
        text.Append("frontend http\n");
        text.Append("    bind ").Append(Bind(model.Http)).Append('\n');
        text.Append("    http-request redirect scheme https code 301\n");
    }

    private static void HttpsFrontend(StringBuilder text, HaproxyModel model)
    {
        text.Append('\n');
        text.Append("frontend https\n");
        text.Append("    bind ").Append(Bind(model.Https)).Append(" ssl");
        foreach (var certificate in model.Certificates)
        {
            text.Append(" crt ").Append(certificate);
        }
        text.Append(" alpn h2,http/1.1\n");
        text.Append("    option forwardfor\n");
        text.Append("    http-request set-header X-Forwarded-Proto https\n");
        text.Append("    http-response set-header Strict-Transport-Security \"").Append(MozillaIntermediate.StrictTransportSecurity).Append("\"\n");
        // The Host header without its port, lower-cased: "Echo.Lab.Example.com:443" routes like "echo.lab.example.com".
        foreach (var route in model.Routes.OrderBy(r => r.Hostname, StringComparer.Ordinal))
        {
            text.Append("    use_backend ").Append(route.Backend).Append(" if { req.hdr(host),field(1,:),lower -m str ").Append(route.Hostname).Append(" }\n");
        }
        text.Append("    default_backend ").Append(model.DefaultBackend ?? NoRouteBackend).Append('\n');
    }

    private static void StatsFrontend(StringBuilder text, HaproxyModel model)
    {
        var stats = model.Stats;
        text.Append('\n');
        text.Append("userlist ").Append(StatsUsers).Append('\n');
        // In the clear, not a crypt(3) hash: HAProxy would hash on every request, and this file (0640 root:haproxy)
        // sits beside the TLS keys anyway.
        text.Append("    user ").Append(stats.User).Append(" insecure-password ").Append(stats.Password).Append('\n');
        text.Append('\n');
        text.Append("frontend stats\n");
        text.Append("    bind ").Append(Bind(stats.Bind)).Append('\n');
        text.Append("    http-request deny unless { src ").Append(stats.AllowedCidr).Append(" }\n");
        // use-service ends the rule list: the metrics are open to the lab (Prometheus scrapes them without a
        // password), the stats page behind it needs the password.
        text.Append("    http-request use-service prometheus-exporter if { path /metrics }\n");
        text.Append("    http-request auth realm haproxy unless { http_auth(").Append(StatsUsers).Append(") }\n");
        text.Append("    stats enable\n");
        text.Append("    stats uri /stats\n");
        text.Append("    stats refresh 10s\n");
    }

    private static void Backend(StringBuilder text, HaproxyModel model, HaproxyBackend backend)
    {
        var checks = model.Checks;
        text.Append('\n');
        text.Append("backend ").Append(backend.Name).Append('\n');
        text.Append("    balance roundrobin\n");
        // Without a health path the check is a TCP connect: all HAProxy can know of a service it knows nothing of.
        if (backend.HealthPath is { } healthPath)
        {
            text.Append("    option httpchk\n");
            text.Append("    http-check send meth GET uri ").Append(healthPath).Append('\n');
            text.Append("    http-check expect status 200\n");
        }
        // A request that meets a dead server (refused, reset before any answer) goes again, to another server each
        // time (redispatch 1). Timeouts are not retried: a slow server may have acted on the request already.
        text.Append("    retries ").Append(Invariant(checks.Retries)).Append('\n');
        text.Append("    option redispatch 1\n");
        text.Append("    retry-on conn-failure empty-response junk-response 0rtt-rejected\n");
        text.Append("    default-server check inter ").Append(Ms(checks.InterMs))
            .Append(" fall ").Append(Invariant(checks.Fall)).Append(" rise ").Append(Invariant(checks.Rise));
        if (backend.HealthPort is { } healthPort)
        {
            text.Append(" port ").Append(Invariant(healthPort));
        }
        if (backend.Tls is { } tls)
        {
            text.Append(" ssl verify required ca-file ").Append(tls.CaFile)
                .Append(" sni str(").Append(tls.ServerName).Append(") verifyhost ").Append(tls.ServerName);
            // The check port serves plain HTTP (Fabio's UI and /health); without this the check would speak TLS to it.
            if (backend.HealthPort is not null)
            {
                text.Append(" no-check-ssl");
            }
        }
        text.Append('\n');
        if (backend.Discovery is { } discovery)
        {
            // Slots filled from the SRV answer (address and port), emptied when an instance leaves it; no reload.
            text.Append("    server-template ").Append(backend.Name).Append(' ').Append(Invariant(discovery.Slots)).Append(' ').Append(discovery.Record)
                .Append(" resolvers ").Append(ResolversName).Append(" resolve-prefer ipv4 init-addr none check\n");
        }
        foreach (var server in backend.Servers.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            text.Append("    server ").Append(server.Name).Append(' ').Append(server.Address).Append(':').Append(Invariant(server.Port)).Append('\n');
        }
    }

    private static string Bind(HaproxyBind bind) => $"{bind.Address}:{Invariant(bind.Port)}";

    private static string Ms(int milliseconds) => Invariant(milliseconds) + "ms";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Check(HaproxyModel model)
    {
        foreach (var bind in new[] { model.Http, model.Https, model.Stats.Bind })
        {
            CheckAddress(bind.Address);
            CheckPort(bind.Port);
        }
        if (model.Certificates.Count == 0)
        {
            throw new ArgumentException("the HTTPS frontend needs at least one certificate", nameof(model));
        }
        foreach (var path in model.Certificates.Concat([model.Process.StatsSocket]).Concat(model.Process.Chroot is null ? [] : [model.Process.Chroot])
            .Concat(model.Backends.Where(b => b.Tls is not null).Select(b => b.Tls!.CaFile)))
        {
            if (!AbsolutePath().IsMatch(path))
            {
                throw new ArgumentException($"path '{path}' is not an absolute path without blanks", nameof(model));
            }
        }
        if (!Token().IsMatch(model.Stats.User) || !Password().IsMatch(model.Stats.Password))
        {
            throw new ArgumentException("the stats user must be a plain word and its password at least 16 letters, digits, dots, dashes or underscores", nameof(model));
        }
        CheckCidr(model.Stats.AllowedCidr);
        foreach (var resolver in model.Resolvers)
        {
            CheckAddress(resolver.Address);
            CheckPort(resolver.Port);
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var backend in model.Backends)
        {
            if (!Token().IsMatch(backend.Name) || backend.Name == NoRouteBackend || !names.Add(backend.Name))
            {
                throw new ArgumentException($"backend name '{backend.Name}' is not a plain word, is reserved or repeats", nameof(model));
            }
            if ((backend.Discovery is null) == (backend.Servers.Count == 0))
            {
                throw new ArgumentException($"backend '{backend.Name}' needs either fixed servers or SRV discovery, not both", nameof(model));
            }
            if (backend.Discovery is { } discovery && (!Hostname().IsMatch(discovery.Record) || discovery.Slots is < 1 or > 1000))
            {
                throw new ArgumentException($"backend '{backend.Name}': SRV record '{discovery.Record}' with {discovery.Slots} slots", nameof(model));
            }
            if (backend.Discovery is not null && model.Resolvers.Count == 0)
            {
                throw new ArgumentException($"backend '{backend.Name}' finds its servers through DNS, but no resolver is given", nameof(model));
            }
            if (backend.HealthPath is { } path && (!path.StartsWith('/') || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                throw new ArgumentException($"backend '{backend.Name}': health path '{backend.HealthPath}' is not a path without blanks", nameof(model));
            }
            if (backend.HealthPort is { } port)
            {
                CheckPort(port);
            }
            if (backend.Tls is { } tls && !Hostname().IsMatch(tls.ServerName))
            {
                throw new ArgumentException($"backend '{backend.Name}': TLS server name '{tls.ServerName}' is not a DNS name", nameof(model));
            }
            var servers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var server in backend.Servers)
            {
                if (!Token().IsMatch(server.Name) || !servers.Add(server.Name))
                {
                    throw new ArgumentException($"backend '{backend.Name}': server name '{server.Name}' is not a plain word or repeats", nameof(model));
                }
                CheckAddress(server.Address);
                CheckPort(server.Port);
            }
        }
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in model.Routes)
        {
            if (!Hostname().IsMatch(route.Hostname) || !hosts.Add(route.Hostname))
            {
                throw new ArgumentException($"route host '{route.Hostname}' is not a lower-case DNS name or repeats", nameof(model));
            }
            if (!names.Contains(route.Backend))
            {
                throw new ArgumentException($"route '{route.Hostname}' goes to backend '{route.Backend}', which does not exist", nameof(model));
            }
        }
        if (model.DefaultBackend is { } fallback && !names.Contains(fallback))
        {
            throw new ArgumentException($"default backend '{fallback}' does not exist", nameof(model));
        }
        var checks = model.Checks;
        if (checks.InterMs < 100 || checks.Fall < 1 || checks.Rise < 1 || checks.Retries < 1)
        {
            throw new ArgumentException("checks need an interval of at least 100 ms, fall, rise and retries of at least 1", nameof(model));
        }
    }

    private static void CheckAddress(string address)
    {
        if (!IPAddress.TryParse(address, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork || ip.ToString() != address)
        {
            throw new ArgumentException($"'{address}' is not an IPv4 address", nameof(address));
        }
    }

    private static void CheckCidr(string cidr)
    {
        var parts = cidr.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            throw new ArgumentException($"'{cidr}' is not an IPv4 CIDR", nameof(cidr));
        }
        CheckAddress(parts[0]);
    }

    private static void CheckPort(int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentException($"port {port} is not between 1 and 65535", nameof(port));
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9._-]{0,62})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{16,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    [GeneratedRegex(@"^/[A-Za-z0-9._/-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex AbsolutePath();

    [GeneratedRegex(@"^(_?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hostname();
}
