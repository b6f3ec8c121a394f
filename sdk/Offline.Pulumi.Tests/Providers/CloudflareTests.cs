using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

public sealed class CloudflareTests
{
    private const string AccountId = "0123456789abcdef";
    private const string TunnelType = "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared";
    private const string TunnelConfigType = "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig";
    private const string TokenFunction = "cloudflare:index/getZeroTrustTunnelCloudflaredToken:getZeroTrustTunnelCloudflaredToken";

    [Test]
    public async Task ZeroTrustTunnelCloudflared_sends_its_secret_unwrapped_and_echoes_it_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[TunnelType] = _ => new Dictionary<string, object>
        {
            ["status"] = "healthy",
            ["connections"] = new object[]
            {
                new Dictionary<string, object> { ["coloName"] = "FRA", ["isPendingReconnect"] = false, ["originIp"] = "192.0.2.10" },
            },
        };

        var tunnel = await DeployAsync(mocks, () => new ZeroTrustTunnelCloudflared("lab", new ZeroTrustTunnelCloudflaredArgs
        {
            AccountId = AccountId,
            Name = "lab",
            ConfigSrc = "cloudflare",
            TunnelSecret = "c2VjcmV0LXR1bm5lbC1zZWNyZXQ=",
        }));

        var registered = mocks.Single(TunnelType);
        var connection = (await OutputUtilities.GetValueAsync(tunnel.Connections)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "lab",
                ["configSrc"] = "cloudflare",
                ["tunnelSecret"] = "c2VjcmV0LXR1bm5lbC1zZWNyZXQ=",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(tunnel.TunnelSecret), Is.EqualTo("c2VjcmV0LXR1bm5lbC1zZWNyZXQ="));
            Assert.That(await Output.IsSecretAsync(tunnel.TunnelSecret), Is.True);
            Assert.That(await Output.IsSecretAsync(tunnel.Name), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(tunnel.Status), Is.EqualTo("healthy"));
            Assert.That(connection.ColoName, Is.EqualTo("FRA"));
            Assert.That(connection.IsPendingReconnect, Is.False);
            Assert.That(connection.OriginIp, Is.EqualTo("192.0.2.10"));
            Assert.That(connection.ClientId, Is.Null);
        }
    }

    [Test]
    public async Task ZeroTrustTunnelCloudflaredConfig_sends_ingress_rules_and_maps_them_back()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[TunnelConfigType] = _ => new Dictionary<string, object> { ["version"] = 3, ["source"] = "cloudflare" };

        var config = await DeployAsync(mocks, () =>
        {
            var tunnel = new ZeroTrustTunnelCloudflared("lab", new ZeroTrustTunnelCloudflaredArgs { AccountId = AccountId, Name = "lab" });
            return new ZeroTrustTunnelCloudflaredConfig("lab", new ZeroTrustTunnelCloudflaredConfigArgs
            {
                AccountId = AccountId,
                TunnelId = tunnel.Id,
                Config = new ZeroTrustTunnelCloudflaredConfigConfigArgs
                {
                    Ingresses =
                    {
                        new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs
                        {
                            Hostname = "grafana.lab.example.com",
                            Service = "https://traefik.service.consul:443",
                            OriginRequest = new ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs
                            {
                                NoTlsVerify = true,
                                OriginServerName = "grafana.lab.example.com",
                                ConnectTimeout = 30,
                            },
                        },
                        new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Service = "http_status:404" },
                    },
                },
            });
        });

        var registered = mocks.Single(TunnelConfigType);
        var ingresses = (await OutputUtilities.GetValueAsync(config.Config)).Ingresses;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["tunnelId"] = "lab_id",
                ["config"] = new Dictionary<string, object>
                {
                    ["ingresses"] = new object[]
                    {
                        new Dictionary<string, object>
                        {
                            ["hostname"] = "grafana.lab.example.com",
                            ["service"] = "https://traefik.service.consul:443",
                            ["originRequest"] = new Dictionary<string, object>
                            {
                                ["noTlsVerify"] = true,
                                ["originServerName"] = "grafana.lab.example.com",
                                ["connectTimeout"] = 30.0,
                            },
                        },
                        new Dictionary<string, object> { ["service"] = "http_status:404" },
                    },
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(config.TunnelId), Is.EqualTo("lab_id"));
            Assert.That(await OutputUtilities.GetValueAsync(config.Version), Is.EqualTo(3));
            Assert.That(ingresses, Has.Length.EqualTo(2));
            Assert.That(ingresses[0].Hostname, Is.EqualTo("grafana.lab.example.com"));
            Assert.That(ingresses[0].Service, Is.EqualTo("https://traefik.service.consul:443"));
            Assert.That(ingresses[0].OriginRequest!.NoTlsVerify, Is.True);
            Assert.That(ingresses[0].OriginRequest!.ConnectTimeout, Is.EqualTo(30));
            Assert.That(ingresses[0].OriginRequest!.OriginServerName, Is.EqualTo("grafana.lab.example.com"));
            Assert.That(ingresses[1].Hostname, Is.Null);
            Assert.That(ingresses[1].Service, Is.EqualTo("http_status:404"));
            Assert.That(ingresses[1].OriginRequest, Is.Null);
        }
    }

    [Test]
    public async Task DnsRecord_sends_a_proxied_cname_with_a_double_ttl()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["cloudflare:index/dnsRecord:DnsRecord"] = _ => new Dictionary<string, object> { ["proxiable"] = true };

        var record = await DeployAsync(mocks, () => new DnsRecord("grafana", new DnsRecordArgs
        {
            ZoneId = "zone-1",
            Name = "grafana.lab.example.com",
            Type = "CNAME",
            Content = "tunnel-uuid.cfargotunnel.com",
            Proxied = true,
            Ttl = 1,
            Tags = { "lab" },
            Settings = new DnsRecordSettingsArgs { FlattenCname = false },
        }));

        var registered = mocks.Single("cloudflare:index/dnsRecord:DnsRecord");
        var settings = await OutputUtilities.GetValueAsync(record.Settings);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["zoneId"] = "zone-1",
                ["name"] = "grafana.lab.example.com",
                ["type"] = "CNAME",
                ["content"] = "tunnel-uuid.cfargotunnel.com",
                ["proxied"] = true,
                ["ttl"] = 1.0,
                ["tags"] = new object[] { "lab" },
                ["settings"] = new Dictionary<string, object> { ["flattenCname"] = false },
            }));
            Assert.That(registered.Inputs["ttl"], Is.TypeOf<double>());
            Assert.That(await OutputUtilities.GetValueAsync(record.Ttl), Is.EqualTo(1.0));
            Assert.That(await OutputUtilities.GetValueAsync(record.Proxied), Is.True);
            Assert.That(await OutputUtilities.GetValueAsync(record.Proxiable), Is.True);
            Assert.That(await OutputUtilities.GetValueAsync(record.Content), Is.EqualTo("tunnel-uuid.cfargotunnel.com"));
            Assert.That(await OutputUtilities.GetValueAsync(record.Tags), Is.EqualTo(new[] { "lab" }));
            Assert.That(settings.FlattenCname, Is.False);
            Assert.That(settings.Ipv4Only, Is.Null);
        }
    }

    [Test]
    public async Task ZeroTrustAccessApplication_sends_its_domain_destinations_and_policy_references()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication"] = _ =>
            new Dictionary<string, object> { ["aud"] = "aud-tag-1" };

        var app = await DeployAsync(mocks, () => new ZeroTrustAccessApplication("proxmox-ui", new ZeroTrustAccessApplicationArgs
        {
            AccountId = AccountId,
            Name = "Proxmox",
            Type = "self_hosted",
            Domain = "pve.lab.example.com",
            SessionDuration = "24h",
            AutoRedirectToIdentity = true,
            Destinations = { new ZeroTrustAccessApplicationDestinationArgs { Type = "public", Uri = "pve.lab.example.com" } },
            Policies = { new ZeroTrustAccessApplicationPolicyArgs { Id = "policy-1", Precedence = 1 } },
        }));

        var registered = mocks.Single("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication");
        var policy = (await OutputUtilities.GetValueAsync(app.Policies)).Single();
        var destination = (await OutputUtilities.GetValueAsync(app.Destinations)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "Proxmox",
                ["type"] = "self_hosted",
                ["domain"] = "pve.lab.example.com",
                ["sessionDuration"] = "24h",
                ["autoRedirectToIdentity"] = true,
                ["destinations"] = new object[] { new Dictionary<string, object> { ["type"] = "public", ["uri"] = "pve.lab.example.com" } },
                ["policies"] = new object[] { new Dictionary<string, object> { ["id"] = "policy-1", ["precedence"] = 1.0 } },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(app.Aud), Is.EqualTo("aud-tag-1"));
            Assert.That(await OutputUtilities.GetValueAsync(app.Domain), Is.EqualTo("pve.lab.example.com"));
            Assert.That(policy.Id, Is.EqualTo("policy-1"));
            Assert.That(policy.Precedence, Is.EqualTo(1));
            Assert.That(policy.Decision, Is.Null);
            Assert.That(destination.Type, Is.EqualTo("public"));
            Assert.That(destination.Uri, Is.EqualTo("pve.lab.example.com"));
        }
    }

    [Test]
    public async Task ZeroTrustAccessPolicy_sends_email_include_rules_and_maps_them_back()
    {
        var mocks = new RecordingMocks();

        var policy = await DeployAsync(mocks, () => new ZeroTrustAccessPolicy("admins", new ZeroTrustAccessPolicyArgs
        {
            AccountId = AccountId,
            Name = "Lab admins",
            Decision = "allow",
            SessionDuration = "12h",
            Includes =
            {
                new ZeroTrustAccessPolicyIncludeArgs { Email = new ZeroTrustAccessPolicyIncludeEmailArgs { Email = "admin@example.com" } },
                new ZeroTrustAccessPolicyIncludeArgs { EmailDomain = new ZeroTrustAccessPolicyIncludeEmailDomainArgs { Domain = "example.com" } },
            },
            Excludes = { new ZeroTrustAccessPolicyExcludeArgs { Ip = new ZeroTrustAccessPolicyExcludeIpArgs { Ip = "203.0.113.0/24" } } },
            Requires = { new ZeroTrustAccessPolicyRequireArgs { Everyone = new ZeroTrustAccessPolicyRequireEveryoneArgs() } },
        }));

        var registered = mocks.Single("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy");
        var includes = await OutputUtilities.GetValueAsync(policy.Includes);
        var exclude = (await OutputUtilities.GetValueAsync(policy.Excludes)).Single();
        var require = (await OutputUtilities.GetValueAsync(policy.Requires)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["accountId"] = AccountId,
                ["name"] = "Lab admins",
                ["decision"] = "allow",
                ["sessionDuration"] = "12h",
                ["includes"] = new object[]
                {
                    new Dictionary<string, object> { ["email"] = new Dictionary<string, object> { ["email"] = "admin@example.com" } },
                    new Dictionary<string, object> { ["emailDomain"] = new Dictionary<string, object> { ["domain"] = "example.com" } },
                },
                ["excludes"] = new object[]
                {
                    new Dictionary<string, object> { ["ip"] = new Dictionary<string, object> { ["ip"] = "203.0.113.0/24" } },
                },
                ["requires"] = new object[]
                {
                    new Dictionary<string, object> { ["everyone"] = new Dictionary<string, object>() },
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(policy.Decision), Is.EqualTo("allow"));
            Assert.That(includes, Has.Length.EqualTo(2));
            Assert.That(includes[0].Email!.Email, Is.EqualTo("admin@example.com"));
            Assert.That(includes[0].EmailDomain, Is.Null);
            Assert.That(includes[1].EmailDomain!.Domain, Is.EqualTo("example.com"));
            Assert.That(exclude.Ip!.Ip, Is.EqualTo("203.0.113.0/24"));
            Assert.That(require.Everyone, Is.Not.Null);
            Assert.That(require.Email, Is.Null);
        }
    }

    [Test]
    public async Task Provider_registers_as_the_cloudflare_package_with_a_secret_api_token()
    {
        var mocks = new RecordingMocks();
        Provider provider = null!;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () =>
            provider = new Provider("cloudflare", new ProviderArgs { ApiToken = "plain-token-from-a-careless-program" }));

        var registered = mocks.Single("pulumi:providers:cloudflare");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Name, Is.EqualTo("cloudflare"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object> { ["apiToken"] = "plain-token-from-a-careless-program" }));
            Assert.That(await OutputUtilities.GetValueAsync(provider.ApiToken), Is.EqualTo("plain-token-from-a-careless-program"));
            Assert.That(await Output.IsSecretAsync(provider.ApiToken), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.Email), Is.False);
        }
    }

    [Test]
    public async Task GetZeroTrustTunnelCloudflaredToken_asks_the_parents_cloudflare_provider_for_the_tunnels_token()
    {
        var mocks = new RecordingMocks();
        mocks.Functions[TokenFunction] = call => new Dictionary<string, object>
        {
            ["accountId"] = call.Args["accountId"],
            ["id"] = call.Args["tunnelId"],
            ["tunnelId"] = call.Args["tunnelId"],
            ["token"] = "token-of-" + call.Args["tunnelId"],
        };
        Output<GetZeroTrustTunnelCloudflaredTokenResult> result = null!;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, ProjectName = "homelab", StackName = "lab" }, () =>
        {
            var provider = new Provider("cloudflare", new ProviderArgs { ApiToken = "api-token" });
            var edge = new TunnelComponent("edge", new ComponentResourceOptions { Providers = { provider } });
            var tunnel = new ZeroTrustTunnelCloudflared("lab", new ZeroTrustTunnelCloudflaredArgs { AccountId = AccountId, Name = "lab" },
                new CustomResourceOptions { Parent = edge });
            result = GetZeroTrustTunnelCloudflaredToken.Invoke(
                new GetZeroTrustTunnelCloudflaredTokenInvokeArgs { AccountId = AccountId, TunnelId = tunnel.Id },
                new InvokeOptions { Parent = edge });
        });

        var call = mocks.Calls.Single();
        var token = await OutputUtilities.GetValueAsync(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call.Token, Is.EqualTo(TokenFunction));
            Assert.That(call.Args, Is.EqualTo(new Dictionary<string, object> { ["accountId"] = AccountId, ["tunnelId"] = "lab_id" }));
            Assert.That(call.Provider, Does.EndWith("pulumi:providers:cloudflare::cloudflare::cloudflare_id"));
            Assert.That(token.Token, Is.EqualTo("token-of-lab_id"));
            Assert.That(token.TunnelId, Is.EqualTo("lab_id"));
            Assert.That(token.AccountId, Is.EqualTo(AccountId));
            // Whether a function's result is secret is the provider's answer; a program must mark the token secret itself.
            Assert.That(await Output.IsSecretAsync(result), Is.False);
        }
    }

    [Test]
    public async Task GetZeroTrustTunnelCloudflaredToken_is_not_called_in_a_preview_before_the_tunnel_exists()
    {
        var mocks = new RecordingMocks();
        Output<GetZeroTrustTunnelCloudflaredTokenResult> result = null!;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            // In a preview a tunnel that does not exist yet has no id.
            result = GetZeroTrustTunnelCloudflaredToken.Invoke(new GetZeroTrustTunnelCloudflaredTokenInvokeArgs
            {
                AccountId = AccountId,
                TunnelId = OutputUtilities.CreateUnknown(""),
            });
        });

        Assert.That(mocks.Calls, Is.Empty);
        Assert.That(await OutputUtilities.GetIsKnownAsync(result), Is.False);
    }

    private static async Task<T> DeployAsync<T>(RecordingMocks mocks, Func<T> create)
        where T : Resource
    {
        T? created = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => { created = create(); });
        return created!;
    }
}

/// <summary>A component that hands its children (and function calls parented to it) an explicit provider.</summary>
internal sealed class TunnelComponent(string name, ComponentResourceOptions options) : ComponentResource("test:index:Tunnel", name, options);
