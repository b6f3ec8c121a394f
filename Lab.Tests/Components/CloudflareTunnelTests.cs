using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Command.Remote.Inputs;
using Pulumi.Utilities;
using static Lab.Tests.Components.ProxmoxNodeTests;

namespace Lab.Tests.Components;

public class CloudflareTunnelTests
{
    private const string AccountId = "0123456789abcdef0123456789abcdef";
    private const string ZoneId = "fedcba9876543210fedcba9876543210";
    private const string ProviderReference = "pulumi:providers:cloudflare::cloudflare::cloudflare_id";

    private static readonly CloudflareTunnelArgs Seed = new()
    {
        AccountId = AccountId,
        ZoneId = ZoneId,
        ZoneName = "lab.example.com",
        TunnelName = "homelab",
        PublicHostnames = ["fabio.lab.example.com", "echo.lab.example.com"],
        AdminHostnames = ["nomad.lab.example.com", "consul.lab.example.com", "fabio.lab.example.com", "haproxy.lab.example.com"],
        AccessEmails = ["admin@example.com", "ops@example.com"],
        Origin = new TunnelOrigin { Url = "https://localhost:443", ServerName = "rpi1.lab.example.com", CaPool = "/etc/haproxy/certs/lab-ca.pem" },
        Host = "rpi1",
        Connection = new ConnectionArgs { Host = "192.168.10.80", User = "pi", PrivateKey = Output.CreateSecret(TestLab.SshPrivateKey) },
    };

    private static Task<(ComponentRun Run, CloudflareTunnel Tunnel)> CreateAsync(CloudflareTunnelArgs? args = null) =>
        ComponentRun.StartAsync(run =>
        {
            var options = run.Options;
            options.Providers.Add(new Pulumi.Cloudflare.Provider("cloudflare", new Pulumi.Cloudflare.ProviderArgs { ApiToken = Output.CreateSecret("api-token") }));
            return new CloudflareTunnel("tunnel", args ?? Seed, options);
        });

    [Test]
    public async Task Tunnel_creates_its_secret_the_tunnel_its_config_a_record_per_hostname_access_for_fabio_and_cloudflared()
    {
        var (run, _) = await CreateAsync();

        Assert.That(run.TypesAndNames(), Is.EqualTo(new[]
        {
            ("homelab:index:CloudflareTunnel", "tunnel"),
            ("random:index/randomBytes:RandomBytes", "tunnel-secret"),
            ("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", "tunnel-tunnel"),
            ("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig", "tunnel-config"),
            ("cloudflare:index/dnsRecord:DnsRecord", "tunnel-echo.lab.example.com"),
            ("cloudflare:index/dnsRecord:DnsRecord", "tunnel-fabio.lab.example.com"),
            ("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", "tunnel-admins"),
            ("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication", "tunnel-access-fabio.lab.example.com"),
            ("command:remote:Command", "tunnel-cloudflared"),
            ("command:remote:Command", "tunnel-cloudflared-removal"),
        }));
        Assert.That(run.Recorded.Skip(1).Select(r => r.ParentName), Is.All.EqualTo("tunnel"));
    }

    [Test]
    public async Task Every_cloudflare_resource_and_the_token_lookup_go_through_the_explicit_provider()
    {
        var (run, _) = await CreateAsync();
        var cloudflare = run.Mocks.Resources.Where(r => r.Type!.StartsWith("cloudflare:", StringComparison.Ordinal)).ToList();

        Assert.That(cloudflare, Has.Count.EqualTo(6));
        Assert.That(cloudflare.Select(r => r.Provider), Is.All.EndsWith(ProviderReference));
        Assert.That(run.Mocks.Calls.Select(c => (c.Token, c.Provider!.EndsWith(ProviderReference, StringComparison.Ordinal))),
            Is.EqualTo(new[] { (RecordingMocks.TunnelTokenFunction, true) }));
    }

    [Test]
    public async Task The_tunnel_is_remotely_managed_with_32_generated_bytes_as_its_secret()
    {
        var (run, _) = await CreateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(run.InputsOf("tunnel-secret")["length"], Is.EqualTo(32));
            Assert.That(run.InputsOf("tunnel-tunnel"), Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "homelab",
                ["configSrc"] = "cloudflare",
                ["tunnelSecret"] = RecordingMocks.FakeSecret("tunnel-secret"),
            }));
            Assert.That(await run.SecretInputsOfAsync("tunnel-tunnel"), Is.EquivalentTo(new[] { "tunnelSecret" }));
        });
    }

    [Test]
    public async Task The_config_sends_every_hostname_to_the_edge_with_verified_tls_and_ends_with_the_catch_all()
    {
        var (run, _) = await CreateAsync();
        var config = run.InputsOf("tunnel-config");
        var edge = new Dictionary<string, object> { ["originServerName"] = "rpi1.lab.example.com", ["caPool"] = "/etc/haproxy/certs/lab-ca.pem" };

        Assert.That(config["tunnelId"], Is.EqualTo("tunnel-tunnel_id"));
        Assert.That(config["source"], Is.EqualTo("cloudflare"));
        Assert.That(List(Map(config["config"])["ingresses"]), Is.EqualTo(new object[]
        {
            new Dictionary<string, object> { ["hostname"] = "echo.lab.example.com", ["service"] = "https://localhost:443", ["originRequest"] = edge },
            new Dictionary<string, object> { ["hostname"] = "fabio.lab.example.com", ["service"] = "https://localhost:443", ["originRequest"] = edge },
            new Dictionary<string, object> { ["service"] = "http_status:404" },
        }));
    }

    [Test]
    public async Task Each_public_hostname_is_a_proxied_cname_to_the_tunnel_in_the_zone()
    {
        var (run, _) = await CreateAsync();

        Assert.That(run.InputsOf("tunnel-echo.lab.example.com"), Is.EqualTo(new Dictionary<string, object>
        {
            ["zoneId"] = ZoneId,
            ["name"] = "echo.lab.example.com",
            ["type"] = "CNAME",
            ["content"] = "tunnel-tunnel_id.cfargotunnel.com",
            ["proxied"] = true,
            ["ttl"] = 1.0,
            ["comment"] = "Cloudflare Tunnel homelab (homelab)",
        }));
    }

    [Test]
    public async Task Admin_hostnames_the_tunnel_serves_get_an_access_application_that_allows_only_the_access_emails()
    {
        var (run, _) = await CreateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(run.InputsOf("tunnel-admins"), Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "homelab admins",
                ["decision"] = "allow",
                ["includes"] = new object[]
                {
                    new Dictionary<string, object> { ["email"] = new Dictionary<string, object> { ["email"] = "admin@example.com" } },
                    new Dictionary<string, object> { ["email"] = new Dictionary<string, object> { ["email"] = "ops@example.com" } },
                },
            }));
            Assert.That(run.InputsOf("tunnel-access-fabio.lab.example.com"), Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "fabio.lab.example.com",
                ["domain"] = "fabio.lab.example.com",
                ["type"] = "self_hosted",
                ["sessionDuration"] = "24h",
                ["policies"] = new object[] { new Dictionary<string, object> { ["id"] = "tunnel-admins_id", ["precedence"] = 1 } },
            }));
        });
    }

    [Test]
    public async Task A_wildcard_hostname_puts_every_admin_hostname_below_it_behind_access_and_leaves_the_rest_open()
    {
        var (run, _) = await CreateAsync(Seed with { PublicHostnames = ["*.lab.example.com"] });
        var applications = run.Mocks.Resources.Where(r => r.Type == "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication");

        Assert.That(applications.Select(a => a.Inputs["domain"]),
            Is.EquivalentTo(new[] { "consul.lab.example.com", "fabio.lab.example.com", "haproxy.lab.example.com", "nomad.lab.example.com" }));
        Assert.That(run.InputsOf("tunnel-wildcard.lab.example.com")["name"], Is.EqualTo("*.lab.example.com"));
    }

    [Test]
    public async Task Without_an_admin_hostname_to_serve_there_is_no_access_policy()
    {
        var (run, _) = await CreateAsync(Seed with { PublicHostnames = ["echo.lab.example.com"] });

        Assert.That(run.Mocks.Resources.Where(r => r.Type!.StartsWith("cloudflare:index/zeroTrustAccess", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task The_token_reaches_the_pi_only_in_the_secret_stdin_of_the_push()
    {
        var (run, _) = await CreateAsync();
        var token = RecordingMocks.FakeTunnelToken("tunnel-tunnel_id");
        var push = run.InputsOf("tunnel-cloudflared");

        Assert.Multiple(async () =>
        {
            Assert.That(run.Mocks.Calls.Single().Args, Is.EqualTo(new Dictionary<string, object> { ["accountId"] = AccountId, ["tunnelId"] = "tunnel-tunnel_id" }));
            Assert.That(await run.SecretInputsOfAsync("tunnel-cloudflared"), Is.SupersetOf(new[] { "stdin" }));
            Assert.That((string)push["stdin"], Does.Contain($"\nTUNNEL_TOKEN={token}\n"));
            Assert.That(push["create"], Is.EqualTo("sudo bash -s"));
            Assert.That(run.Mocks.Resources.Where(r => r.Name != "tunnel-cloudflared").Select(r => System.Text.Json.JsonSerializer.Serialize(r.Inputs)), Has.None.Contains(token));
            Assert.That(System.Text.Json.JsonSerializer.Serialize(push["triggers"]), Does.Not.Contain(token));
        });
    }

    [Test]
    public async Task Cloudflared_is_pushed_after_the_config_and_removed_before_the_tunnel_goes()
    {
        var (run, _) = await CreateAsync();

        Assert.That(await run.DependenciesOfAsync("tunnel-cloudflared"), Does.Contain("tunnel-config"));
        Assert.That(await run.DependenciesOfAsync("tunnel-cloudflared-removal"), Is.SupersetOf(new[] { "tunnel-tunnel", "tunnel-cloudflared" }));
        Assert.That(run.InputsOf("tunnel-cloudflared-removal")["delete"], Is.EqualTo(
            "sudo bash -c 'set -eu\nsystemctl disable --now --quiet cloudflared 2>/dev/null || true\nrm -f '\\''/etc/cloudflared/tunnel.env'\\'' '\\''/etc/systemd/system/cloudflared.service'\\''\nsystemctl daemon-reload\n'"));
    }

    [Test]
    public async Task The_pi_gets_the_unit_and_a_redacted_environment_file_and_the_outputs_name_the_tunnel()
    {
        var (_, tunnel) = await CreateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(tunnel.Files.Select(f => (f.Host, f.Path)), Is.EqualTo(new[] { ("rpi1", "/etc/systemd/system/cloudflared.service"), ("rpi1", "/etc/cloudflared/tunnel.env") }));
            Assert.That(await NomadServerClusterTests.ContentAsync(tunnel, "rpi1", CloudflaredService.EnvironmentPath), Is.EqualTo("TUNNEL_TOKEN=[secret]\n"));
            Assert.That(await OutputUtilities.GetValueAsync(tunnel.TunnelId), Is.EqualTo("tunnel-tunnel_id"));
            Assert.That(await OutputUtilities.GetValueAsync(tunnel.PublicHostnames), Is.EqualTo(new[] { "echo.lab.example.com", "fabio.lab.example.com" }));
        });
    }

    [Test]
    public void A_hostname_outside_the_zone_is_refused_before_anything_is_created()
    {
        var error = Assert.ThrowsAsync<RunException>(() => CreateAsync(Seed with { PublicHostnames = ["echo.elsewhere.org"] }));

        Assert.That(error!.ToString(), Does.Contain("tunnel: hostname 'echo.elsewhere.org' is not in the zone lab.example.com, which gets the tunnel's records"));
    }

    [Test]
    public void Served_admin_hostnames_without_an_access_email_are_refused()
    {
        var error = Assert.ThrowsAsync<RunException>(() => CreateAsync(Seed with { AccessEmails = [] }));

        Assert.That(error!.ToString(), Does.Contain("tunnel: the tunnel serves the admin hostnames fabio.lab.example.com, but no e-mail address may pass Access to them"));
    }
}
