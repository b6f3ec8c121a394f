using System.Collections.Immutable;
using Lab.Components.Certificates;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;
using Pulumi.Command.Remote.Inputs;
using Pulumi.Random;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="EdgeBalancer"/>.</summary>
public sealed record EdgeBalancerArgs
{
    /// <summary>What the edge serves and where: the domain, the Pi, the job nodes or Consul services.</summary>
    public required EdgeSite Site { get; init; }

    /// <summary>The names the edge serves publicly (the tunnel's), for the output; sorted there.</summary>
    public required IReadOnlyList<string> PublicHostnames { get; init; }

    /// <summary>SSH to the edge Pi as a user with passwordless sudo (decision D4).</summary>
    public required ConnectionArgs Connection { get; init; }

    /// <summary>Issues the origin certificate (and the public one without Let's Encrypt); its root goes to the Pi.</summary>
    public required InternalCA Ca { get; init; }

    /// <summary>A Let's Encrypt wildcard by DNS-01 on Cloudflare; null: the public certificate comes from <see cref="Ca"/>.</summary>
    public LetsEncryptSettings? LetsEncrypt { get; init; }
}

/// <summary>How certbot on the edge Pi gets the lab's wildcard.</summary>
public sealed record LetsEncryptSettings
{
    /// <summary>The ACME account's e-mail.</summary>
    public required string Email { get; init; }

    /// <summary>A Cloudflare token with Zone:DNS:Edit on the lab's zone only (secret).</summary>
    public required Output<string> CloudflareToken { get; init; }

    /// <summary>Let's Encrypt's staging directory.</summary>
    public bool Staging { get; init; }
}

/// <summary>
/// HAProxy on the edge Pi over SSH: <c>:80</c> redirects to HTTPS, <c>:443</c> terminates TLS (the public certificate
/// by default, the internal CA's certificate for the Pi's own name by SNI: the tunnel's origin) and routes by Host to
/// Fabio on every job node or, with discovery at the edge, to Consul services found by SRV; stats and metrics on a
/// lab-only port behind a generated password. The config is checked with <c>haproxy -c</c> on the Pi and reloaded,
/// never restarted. With Let's Encrypt, certbot on the Pi gets the wildcard first and renews it.
/// </summary>
public sealed class EdgeBalancer : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:EdgeBalancer";

    // Stands in for the password while rendering what a reviewer sees; the renderer accepts it, synth shows [secret].
    private const string PasswordPlaceholder = "REDACTED-STATS-PASSWORD";

    public EdgeBalancer(string name, EdgeBalancerArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(args.Ca);
        var site = args.Site;
        string shown;
        try
        {
            shown = HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(site, PasswordPlaceholder))
                .Replace(PasswordPlaceholder, HostFile.Redacted, StringComparison.Ordinal);
        }
        catch (ArgumentException e)
        {
            throw new ResourceException($"{name}: {e.Message}", this, hideStack: true);
        }

        var child = new CustomResourceOptions { Parent = this };
        var password = new RandomPassword($"{name}-stats-password", new RandomPasswordArgs { Length = 32, Special = false }, child);
        var origin = args.Ca.Issue($"{name}-origin", new LeafCertificateRequest
        {
            CommonName = site.OwnName,
            DnsNames = [site.OwnName],
            IpAddresses = [site.Address],
        }, child);
        var publicCert = args.LetsEncrypt is not null ? null : args.Ca.Issue($"{name}-public", new LeafCertificateRequest
        {
            CommonName = site.Domain,
            DnsNames = [site.Domain, $"*.{site.Domain}"],
            IpAddresses = [],
        }, child);

        var files = new List<HostFile>();
        Command? certbot = null;
        if (args.LetsEncrypt is { } acme)
        {
            var certbotScript = acme.CloudflareToken.Apply(token => CertbotScript.Render(new CertbotRequest
            {
                Domain = site.Domain,
                Email = acme.Email,
                CloudflareToken = token,
                Staging = acme.Staging,
            }));
            certbot = new Command($"{name}-certbot", new CommandArgs
            {
                Connection = args.Connection,
                Create = RemoteShell.SudoBashFromStdin,
                Stdin = Output.CreateSecret(certbotScript),
                Triggers = Output.Unsecret(certbotScript.Apply(Hashes.Sha256)).Apply(hash => ImmutableArray.Create<object>(hash)),
            }, child);
            files.Add(new HostFile(site.HostName, CertbotScript.CredentialsPath, Output.Create($"dns_cloudflare_api_token = {HostFile.Redacted}\n")));
            files.Add(new HostFile(site.HostName, CertbotScript.DeployHookPath, Output.Create(CertbotScript.DeployHook())));
        }

        var script = Output.Tuple(password.Result, args.Ca.CertPem, origin.CertPem, origin.PrivateKeyPem,
                publicCert?.CertPem ?? Output.Create(""), publicCert?.PrivateKeyPem ?? Output.Create(""))
            .Apply(t =>
            {
                var pems = new List<FileToWrite>
                {
                    new(site.CaFile, Pem(t.Item2), "0644", "root", "root"),
                    new(EdgePaths.OriginPem, Pem(t.Item3) + Pem(t.Item2) + Pem(t.Item4), "0640", "root", "haproxy"),
                };
                if (publicCert is not null)
                {
                    pems.Add(new(EdgePaths.PublicPem, Pem(t.Item5) + Pem(t.Item2) + Pem(t.Item6), "0640", "root", "haproxy"));
                }
                return HaproxyPushScript.Render(HaproxyConfigRenderer.Render(EdgeHaproxyModel.From(site, t.Item1)), pems);
            });
        var push = new Command($"{name}-haproxy", new CommandArgs
        {
            Connection = args.Connection,
            Create = RemoteShell.SudoBashFromStdin,
            Stdin = Output.CreateSecret(script),
            // A hash of the script: it runs again when the config, a certificate or the password changes, and only
            // then reloads HAProxy. The hash reveals nothing of the keys.
            Triggers = Output.Unsecret(script.Apply(Hashes.Sha256)).Apply(hash => ImmutableArray.Create<object>(hash)),
        }, new CustomResourceOptions { Parent = this, DependsOn = certbot is null ? [] : [certbot] });

        files.Add(new HostFile(site.HostName, HaproxyConfigRenderer.Path, Output.Create(shown)));
        files.Add(new HostFile(site.HostName, site.CaFile, args.Ca.CertPem.Apply(Pem)));
        files.Add(new HostFile(site.HostName, EdgePaths.OriginPem, Output.Create(HostFile.Redacted + "\n")));
        files.Add(new HostFile(site.HostName, EdgePaths.PublicPem, Output.Create(HostFile.Redacted + "\n")));

        Address = Output.Create(site.Address);
        PublicHostnames = Output.Create(args.PublicHostnames.Order(StringComparer.Ordinal).ToImmutableArray());
        StatsPassword = Output.CreateSecret(password.Result);
        Origin = new TunnelOrigin
        {
            Url = site.HttpsPort == 443 ? "https://localhost:443" : $"https://localhost:{site.HttpsPort}",
            ServerName = site.OwnName,
            CaPool = site.CaFile,
        };
        Service = push;
        Files = files;
        RegisterOutputs();
    }

    /// <summary>The edge Pi's address, where the lab's wildcard points.</summary>
    [Output("address")]
    public Output<string> Address { get; private set; }

    /// <summary>The public names the edge serves, sorted.</summary>
    [Output("publicHostnames")]
    public Output<ImmutableArray<string>> PublicHostnames { get; private set; }

    /// <summary>The password of the stats page and the metrics (user <c>admin</c>), secret.</summary>
    [Output("statsPassword")]
    public Output<string> StatsPassword { get; private set; }

    /// <summary>
    /// How cloudflared on the same Pi reaches the edge (issue 13's contract): HTTPS on localhost, SNI and verified name
    /// the Pi's own, the internal CA's root file.
    /// </summary>
    public TunnelOrigin Origin { get; }

    /// <summary>Finishes when HAProxy runs the config.</summary>
    public Resource Service { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }

    // PEM from the tls provider ends with a newline; one is added where it does not, so concatenated PEMs stay apart.
    private static string Pem(string pem) => pem.EndsWith('\n') ? pem : pem + "\n";
}
