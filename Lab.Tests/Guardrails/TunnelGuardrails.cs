using System.Collections.Immutable;
using Lab.Components.Rendering;
using Lab.Infra.Config;
using Lab.Infra.Synth;
using Lab.Tests.Config;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>
/// What Cloudflare and cloudflared require of the tunnel, and what keeps the lab's admin UIs private, over the
/// committed stacks: cloudflared's last ingress rule must match everything (its "last ingress rule must match all
/// URLs"), a proxied CNAME to <c>&lt;id&gt;.cfargotunnel.com</c> is what routes a name to a tunnel, the provider
/// replaces a tunnel whose <c>configSrc</c> changes and defaults it to <c>local</c>, and a name outside the zone gets no record.
/// </summary>
public class TunnelGuardrails
{
    private const string TunnelType = "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared";
    private const string ConfigType = "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig";
    private const string RecordType = "cloudflare:index/dnsRecord:DnsRecord";
    private const string ApplicationType = "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication";
    private const string PolicyType = "cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy";
    private const string ProviderType = "pulumi:providers:cloudflare";

    /// <summary>The committed stacks with <c>features.tunnel</c> on.</summary>
    public static IEnumerable<string> TunnelStacks => StackGraph.Stacks.Where(stack => TestConfigs.ReadStack(stack).Features.Tunnel);

    /// <summary>The committed stacks without the tunnel.</summary>
    public static IEnumerable<string> StacksWithoutTunnel => StackGraph.Stacks.Where(stack => !TestConfigs.ReadStack(stack).Features.Tunnel);

    [Test]
    public void The_committed_stacks_hold_one_with_the_tunnel_and_one_without()
    {
        Assert.That(TunnelStacks, Is.Not.Empty);
        Assert.That(StacksWithoutTunnel, Is.Not.Empty);
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task The_tunnel_is_remotely_managed_and_its_secret_is_a_secret_input(string stack)
    {
        var tunnel = (await StackGraph.OfAsync(stack)).Resources.Single(r => r.Type == TunnelType);

        Assert.That(tunnel.Inputs["configSrc"], Is.EqualTo("cloudflare"));
        Assert.That(tunnel.SecretInputs, Does.Contain("tunnelSecret"));
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task The_catch_all_http_status_404_is_the_last_ingress_rule_and_the_only_one_without_a_hostname(string stack)
    {
        var rules = Ingresses(await StackGraph.OfAsync(stack));

        Assert.That(rules[^1], Is.EqualTo(ImmutableDictionary<string, object>.Empty.Add("service", TunnelIngress.CatchAll)));
        Assert.That(rules.SkipLast(1).Where(r => !r.ContainsKey("hostname")), Is.Empty, "a rule without a hostname before the last one hides the rules after it");
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task Every_ingress_rule_to_an_origin_verifies_its_certificate(string stack)
    {
        var rules = Ingresses(await StackGraph.OfAsync(stack)).SkipLast(1).ToList();

        Assert.That(rules, Is.Not.Empty);
        foreach (var rule in rules)
        {
            var origin = Map(rule["originRequest"]);
            Assert.That((string)rule["service"], Does.StartWith("https://"), $"{rule["hostname"]} reaches its origin without TLS");
            Assert.That(origin.GetValueOrDefault("originServerName") as string, Is.Not.Null.And.Not.Empty, $"{rule["hostname"]} checks no certificate name");
            Assert.That(origin.GetValueOrDefault("caPool") as string, Does.StartWith("/"), $"{rule["hostname"]} names no CA for the edge certificate");
            Assert.That(origin.GetValueOrDefault("noTlsVerify"), Is.Not.EqualTo(true), $"{rule["hostname"]} turns certificate checks off");
        }
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task Every_public_hostname_is_in_the_zone_with_one_proxied_cname_to_the_tunnel(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var cloudflare = TestConfigs.ReadStack(stack).Cloudflare;
        var hostnames = Ingresses(graph).SkipLast(1).Select(r => (string)r["hostname"]).ToList();
        var target = $"{graph.Resources.Single(r => r.Type == ConfigType).Inputs["tunnelId"]}.cfargotunnel.com";
        var records = graph.Resources.Where(r => r.Type == RecordType).ToList();

        Assert.That(records.Select(r => r.Inputs["name"]), Is.EquivalentTo(hostnames), "one record per public hostname, and none for another name");
        foreach (var record in records)
        {
            var name = (string)record.Inputs["name"];
            Assert.That(name.TrimStart('*', '.') == cloudflare.ZoneName || name.EndsWith("." + cloudflare.ZoneName, StringComparison.Ordinal), Is.True,
                $"{name} is not in the zone {cloudflare.ZoneName}");
            Assert.That((record.Inputs["zoneId"], record.Inputs["type"], record.Inputs["content"], record.Inputs["proxied"], record.Inputs["ttl"]),
                Is.EqualTo((cloudflare.ZoneId, "CNAME", target, true, 1.0)), $"{name} is not a proxied CNAME to the tunnel");
        }
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task Every_admin_hostname_the_tunnel_serves_is_behind_access_that_allows_the_access_emails_only(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var cloudflare = TestConfigs.ReadStack(stack).Cloudflare;
        var hostnames = Ingresses(graph).SkipLast(1).Select(r => (string)r["hostname"]).ToList();
        var served = cloudflare.AdminHostnames.Where(admin => hostnames.Any(h => TunnelIngress.Matches(h, admin))).ToList();
        var applications = graph.Resources.Where(r => r.Type == ApplicationType).ToDictionary(r => (string)r.Inputs["domain"]);
        // synth's mocks give every resource the id <name>_id.
        var policies = graph.Resources.Where(r => r.Type == PolicyType).ToDictionary(r => r.Name + "_id");
        var emails = cloudflare.AccessEmails.Select(email => $"email:{email}").ToList();

        Assert.That(served, Is.Not.Empty, $"{stack} serves no admin hostname, so this rule holds nothing");
        foreach (var admin in served)
        {
            Assert.That(applications.TryGetValue(admin, out var application), Is.True, $"{admin} is served without an Access application");
            Assert.That(application!.Inputs["type"], Is.EqualTo("self_hosted"));
            var attached = List(application.Inputs["policies"]).Select(p => policies[(string)Map(p)["id"]]).ToList();
            Assert.That(attached.Select(p => p.Inputs["decision"]), Is.EqualTo(new[] { "allow" }), $"{admin} needs exactly one allow policy");
            Assert.That(List(attached[0].Inputs["includes"]).Select(Include), Is.EquivalentTo(emails), $"{admin} lets in others than {ConfigKeys.Full("cloudflare.accessEmails")}");
            Assert.That(attached[0].Inputs.ContainsKey("requires") || attached[0].Inputs.ContainsKey("excludes"), Is.False);
        }
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task Public_hostnames_that_are_not_admin_stay_open(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var admins = TestConfigs.ReadStack(stack).Cloudflare.AdminHostnames;

        Assert.That(graph.Resources.Where(r => r.Type == ApplicationType).Select(r => (string)r.Inputs["domain"]).Where(d => !admins.Contains(d)), Is.Empty);
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task The_tunnel_secret_and_its_token_are_secret_wherever_they_appear(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var secret = (string)graph.Resources.Single(r => r.Type == TunnelType).Inputs["tunnelSecret"];
        var stdin = (string)graph.Resources.Single(r => r.Type == "command:remote:Command" && r.Inputs.TryGetValue("stdin", out var s) && ((string)s).Contains("TUNNEL_TOKEN=", StringComparison.Ordinal)).Inputs["stdin"];
        var token = stdin.Split('\n').Single(l => l.StartsWith("TUNNEL_TOKEN=", StringComparison.Ordinal))["TUNNEL_TOKEN=".Length..];
        var exposed = graph.Resources
            .SelectMany(r => Strings(r.Inputs, "").Where(s => s.Value.Contains(secret, StringComparison.Ordinal) || s.Value.Contains(token, StringComparison.Ordinal))
                .Where(s => !IsSecret(r, s.Path)).Select(s => $"{r.Name}: {s.Path}"))
            .ToList();

        Assert.That(token, Is.Not.Empty);
        Assert.That(exposed, Is.Empty, "the tunnel secret or token is in inputs that are not secret");
        Assert.That(graph.Files.Where(f => f.Content.Contains(token, StringComparison.Ordinal) || f.Content.Contains(secret, StringComparison.Ordinal)).Select(f => f.RelativePath), Is.Empty);
        Assert.That(graph.Outputs.Values.Select(o => o.Value?.ToString() ?? ""), Has.None.Contains(token).And.None.Contains(secret));
    }

    [TestCaseSource(nameof(TunnelStacks))]
    public async Task Every_cloudflare_resource_uses_the_one_cloudflare_provider_made_from_the_secret_api_token(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var provider = graph.Resources.Single(r => r.Type == ProviderType);

        Assert.That(provider.SecretInputs, Does.Contain("apiToken"));
        Assert.That(graph.OfPackage("cloudflare").Where(r => r.Provider != provider.Urn).Select(r => r.Name), Is.Empty,
            "these Cloudflare resources would use a default provider, which Pulumi.yaml disables");
    }

    [TestCaseSource(nameof(StacksWithoutTunnel))]
    public async Task A_stack_without_the_tunnel_has_no_cloudflare_resource_and_no_cloudflare_provider(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);

        Assert.That(graph.Resources.Where(r => r.Type.StartsWith("cloudflare:", StringComparison.Ordinal) || r.Type == ProviderType
            || r.Type == "homelab:index:CloudflareTunnel").Select(r => r.Name), Is.Empty);
        Assert.That(graph.Outputs["tunnelId"].Value, Is.EqualTo(""));
        Assert.That(graph.Outputs["publicHostnames"].Value, Is.Empty);
    }

    private static IReadOnlyList<ImmutableDictionary<string, object>> Ingresses(SynthResult graph) =>
        [.. List(Map(graph.Resources.Single(r => r.Type == ConfigType).Inputs["config"])["ingresses"]).Select(Map)];

    private static string Include(object include)
    {
        var rule = Map(include).Single();
        return rule.Key == "email" ? $"email:{Map(rule.Value)["email"]}" : rule.Key;
    }

    private static bool IsSecret(SynthResource resource, string path)
    {
        for (var prefix = path; prefix.Length > 0; prefix = prefix.Contains('.') ? prefix[..prefix.LastIndexOf('.')] : "")
        {
            if (resource.SecretInputs.Contains(prefix) || resource.SecretInputs.Contains(prefix.Split('[')[0]))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<(string Path, string Value)> Strings(object value, string path) => value switch
    {
        string text => [(path, text)],
        ImmutableDictionary<string, object> map => map.SelectMany(kv => Strings(kv.Value, path.Length == 0 ? kv.Key : $"{path}.{kv.Key}")),
        ImmutableArray<object> list => list.SelectMany((item, i) => Strings(item, $"{path}[{i}]")),
        _ => [],
    };
}
