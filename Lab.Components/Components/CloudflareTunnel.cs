using System.Collections.Immutable;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Command.Remote;
using Pulumi.Command.Remote.Inputs;
using Pulumi.Random;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="CloudflareTunnel"/>.</summary>
public sealed record CloudflareTunnelArgs
{
    /// <summary>The Cloudflare account that owns the tunnel and the Access applications.</summary>
    public required string AccountId { get; init; }

    /// <summary>The id of the zone that gets the tunnel's CNAME records.</summary>
    public required string ZoneId { get; init; }

    /// <summary>The name of that zone, e.g. <c>example.com</c>: every public hostname lies in it.</summary>
    public required string ZoneName { get; init; }

    /// <summary>The tunnel's name in Cloudflare.</summary>
    public required string TunnelName { get; init; }

    /// <summary>The names the tunnel serves, each to <see cref="Origin"/>; a leading <c>*.</c> serves every name below.</summary>
    public required IReadOnlyList<string> PublicHostnames { get; init; }

    /// <summary>
    /// The admin UIs' names (Nomad, Consul, Fabio, HAProxy stats, Grafana): each one the tunnel serves gets an Access
    /// application that lets in <see cref="AccessEmails"/> only. Every other public hostname stays open.
    /// </summary>
    public required IReadOnlyList<string> AdminHostnames { get; init; }

    /// <summary>The e-mail addresses Access lets through to the admin UIs.</summary>
    public required IReadOnlyList<string> AccessEmails { get; init; }

    /// <summary>The edge balancer on the edge Pi, and how cloudflared verifies its certificate.</summary>
    public required TunnelOrigin Origin { get; init; }

    /// <summary>The edge Pi's host name, e.g. <c>rpi1</c>, under which its files are listed.</summary>
    public required string Host { get; init; }

    /// <summary>SSH to the edge Pi as a user with passwordless sudo (decision D4).</summary>
    public required ConnectionArgs Connection { get; init; }
}

/// <summary>
/// Publishes the lab through a Cloudflare Tunnel from the edge Pi: a remotely managed tunnel with a generated secret,
/// its ingress rules (every public hostname to the edge balancer, origin TLS verified, the catch-all 404 last), a
/// proxied CNAME per public hostname to <c>&lt;tunnel id&gt;.cfargotunnel.com</c>, an Access application with an allow
/// policy for each admin hostname it serves, and cloudflared as a systemd service on the Pi, run with the tunnel's token.
/// Cloudflare resources use the <c>cloudflare</c> provider given through the options (decision D2).
/// </summary>
public sealed class CloudflareTunnel : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:CloudflareTunnel";

    public CloudflareTunnel(string name, CloudflareTunnelArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.AccountId);
        ArgumentException.ThrowIfNullOrEmpty(args.ZoneId);
        ArgumentException.ThrowIfNullOrEmpty(args.Host);
        var rules = ValidRules(name, args);
        var admins = ServedAdminHostnames(args);
        if (admins.Count > 0 && args.AccessEmails.Count == 0)
        {
            throw new ResourceException($"{name}: the tunnel serves the admin hostnames {string.Join(", ", admins)}, but no e-mail address may pass Access to them", this, hideStack: true);
        }

        var child = new CustomResourceOptions { Parent = this };

        // cloudflared of a remotely managed tunnel runs with a token alone; the secret (at least 32 bytes, base64) is
        // generated here and kept, secret, in state.
        var secret = new RandomBytes($"{name}-secret", new RandomBytesArgs { Length = 32 }, child);
        var tunnel = new ZeroTrustTunnelCloudflared($"{name}-tunnel", new ZeroTrustTunnelCloudflaredArgs
        {
            AccountId = args.AccountId,
            Name = args.TunnelName,
            // Remotely managed: the ingress rules live in Cloudflare (the config below), none on the Pi. The provider
            // replaces the tunnel when this changes, and its default is "local".
            ConfigSrc = "cloudflare",
            TunnelSecret = Output.CreateSecret(secret.Base64),
        }, child);

        var config = new ZeroTrustTunnelCloudflaredConfig($"{name}-config", new ZeroTrustTunnelCloudflaredConfigArgs
        {
            AccountId = args.AccountId,
            TunnelId = tunnel.Id,
            Source = "cloudflare",
            Config = new ZeroTrustTunnelCloudflaredConfigConfigArgs { Ingresses = [.. rules.Select(IngressArgs)] },
        }, child);

        var target = tunnel.Id.Apply(id => $"{id}.cfargotunnel.com");
        foreach (var hostname in args.PublicHostnames.Order(StringComparer.Ordinal))
        {
            _ = new DnsRecord($"{name}-{Key(hostname)}", new DnsRecordArgs
            {
                ZoneId = args.ZoneId,
                Name = hostname,
                Type = "CNAME",
                Content = target,
                // Proxied: the name resolves to Cloudflare, which hands the request to the tunnel; 1 is "automatic",
                // the only TTL of a proxied record.
                Proxied = true,
                Ttl = 1,
                Comment = $"Cloudflare Tunnel {args.TunnelName} (homelab)",
            }, child);
        }

        if (admins.Count > 0)
        {
            var admitted = new ZeroTrustAccessPolicy($"{name}-admins", new ZeroTrustAccessPolicyArgs
            {
                AccountId = args.AccountId,
                Name = $"{args.TunnelName} admins",
                Decision = "allow",
                Includes = [.. args.AccessEmails.Select(email => new ZeroTrustAccessPolicyIncludeArgs
                {
                    Email = new ZeroTrustAccessPolicyIncludeEmailArgs { Email = email },
                })],
            }, child);
            foreach (var hostname in admins)
            {
                _ = new ZeroTrustAccessApplication($"{name}-access-{hostname}", new ZeroTrustAccessApplicationArgs
                {
                    AccountId = args.AccountId,
                    Name = hostname,
                    Domain = hostname,
                    Type = "self_hosted",
                    SessionDuration = "24h",
                    Policies = [new ZeroTrustAccessApplicationPolicyArgs { Id = admitted.Id, Precedence = 1 }],
                }, child);
            }
        }

        var token = Output.CreateSecret(GetZeroTrustTunnelCloudflaredToken.Invoke(new GetZeroTrustTunnelCloudflaredTokenInvokeArgs
        {
            AccountId = args.AccountId,
            TunnelId = tunnel.Id,
        }, new InvokeOptions { Parent = this }).Apply(result => result.Token));

        var unit = CloudflaredService.Unit(args.TunnelName);
        var script = token.Apply(t => CloudflaredPushScript.Render(Push(unit, CloudflaredService.EnvironmentFile(t))));
        var service = new Command($"{name}-cloudflared", new CommandArgs
        {
            Connection = args.Connection,
            Create = RemoteShell.SudoBashFromStdin,
            Stdin = Output.CreateSecret(script),
            // A hash of the script: it runs again when the version, the unit or the token changes, and only then
            // restarts cloudflared. The hash reveals nothing of the token.
            Triggers = Output.Unsecret(script.Apply(Hashes.Sha256)).Apply(hash => ImmutableArray.Create<object>(hash)),
        }, new CustomResourceOptions { Parent = this, DependsOn = { config } });

        // Deleted with the tunnel (the feature switched off, or the stack destroyed): stops cloudflared and removes its
        // token first. Its inputs never change, so, unlike the push above, it is never replaced.
        _ = new Command($"{name}-cloudflared-removal", new CommandArgs
        {
            Connection = args.Connection,
            Create = "true",
            Delete = RemoteShell.SudoBash(RemovalScript()),
        }, new CustomResourceOptions { Parent = this, DependsOn = { tunnel, service } });

        TunnelId = tunnel.Id;
        PublicHostnames = Output.Create(args.PublicHostnames.Order(StringComparer.Ordinal).ToImmutableArray());
        Service = service;
        Files =
        [
            new HostFile(args.Host, CloudflaredService.UnitPath, Output.Create(unit)),
            new HostFile(args.Host, CloudflaredService.EnvironmentPath, Output.Create(CloudflaredService.EnvironmentFile(HostFile.Redacted))),
        ];
        RegisterOutputs();
    }

    /// <summary>The tunnel's id (a UUID); its public hostnames are CNAMEs to <c>&lt;id&gt;.cfargotunnel.com</c>.</summary>
    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; }

    /// <summary>The names the tunnel serves, sorted.</summary>
    [Output("publicHostnames")]
    public Output<ImmutableArray<string>> PublicHostnames { get; private set; }

    /// <summary>Finishes when cloudflared runs on the Pi with the tunnel's token.</summary>
    public Resource Service { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }

    /// <summary>The admin hostnames a request through the tunnel can reach: served by name, or below a wildcard.</summary>
    internal static IReadOnlyList<string> ServedAdminHostnames(CloudflareTunnelArgs args) =>
        [.. args.AdminHostnames.Distinct(StringComparer.Ordinal).Where(admin => args.PublicHostnames.Any(h => TunnelIngress.Matches(h, admin)))
            .Order(StringComparer.Ordinal)];

    /// <summary>What the push does on the Pi with this unit and environment file.</summary>
    internal static CloudflaredPush Push(string unit, string environmentFile) => new()
    {
        Version = Versions.Cloudflared,
        PackageSha256 = CloudflaredRelease.Sha256,
        Unit = unit,
        EnvironmentFile = environmentFile,
    };

    /// <summary>Stops and disables cloudflared and removes its token and unit; the package stays.</summary>
    internal static string RemovalScript() =>
        "set -eu\n"
        + "systemctl disable --now --quiet cloudflared 2>/dev/null || true\n"
        + $"rm -f {ShellQuote.Single(CloudflaredService.EnvironmentPath)} {ShellQuote.Single(CloudflaredService.UnitPath)}\n"
        + "systemctl daemon-reload\n";

    private IReadOnlyList<IngressRule> ValidRules(string name, CloudflareTunnelArgs args)
    {
        try
        {
            foreach (var hostname in args.PublicHostnames.Concat(args.AdminHostnames))
            {
                var bare = hostname.StartsWith("*.", StringComparison.Ordinal) ? hostname[2..] : hostname;
                if (bare != args.ZoneName && !bare.EndsWith("." + args.ZoneName, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"hostname '{hostname}' is not in the zone {args.ZoneName}, which gets the tunnel's records");
                }
            }
            return TunnelIngress.Rules(args.PublicHostnames, args.Origin);
        }
        catch (ArgumentException e)
        {
            throw new ResourceException($"{name}: {e.Message}", this, hideStack: true);
        }
    }

    private static ZeroTrustTunnelCloudflaredConfigConfigIngressArgs IngressArgs(IngressRule rule)
    {
        var ingress = new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Service = rule.Service };
        if (rule.Hostname is { } hostname)
        {
            ingress.Hostname = hostname;
        }
        if (rule.Tls is { } tls)
        {
            var originRequest = new ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs { OriginServerName = tls.ServerName };
            if (tls.CaPool is { } caPool)
            {
                originRequest.CaPool = caPool;
            }
            ingress.OriginRequest = originRequest;
        }
        return ingress;
    }

    // A resource name per hostname that reads as the hostname; '*' becomes "wildcard".
    private static string Key(string hostname) => hostname.Replace("*", "wildcard", StringComparison.Ordinal);
}
