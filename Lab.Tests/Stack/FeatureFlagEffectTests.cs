using System.Text.Json;
using System.Text.Json.Nodes;
using Lab.Infra.Config;
using Lab.Infra.Synth;
using Lab.Tests.Guardrails;
using Lab.Tests.Support;

namespace Lab.Tests.Stack;

/// <summary>
/// Each feature flag of <c>homelab:features</c> changes what the lab builds (issue 11: a flag that is read but
/// ignored would be a setting that silently does nothing). The committed lab stack is rendered as synth renders it,
/// once with its flags and once with one flag flipped, and the difference is the flag's documented effect.
/// </summary>
public class FeatureFlagEffectTests
{
    private const string HaproxyConfig = "etc/haproxy/haproxy.cfg";
    private const string JobType = "nomad:index/job:Job";

    [Test]
    public async Task Tunnel_false_removes_every_cloudflare_resource()
    {
        var (on, off) = (await StackGraph.OfAsync("lab"), await RenderWithAsync("tunnel", false));

        Assert.That(on.OfPackage("cloudflare").Count(), Is.GreaterThan(0));
        Assert.That(off.OfPackage("cloudflare"), Is.Empty);
        Assert.That(off.Resources.Select(r => r.Type), Does.Not.Contain("homelab:index:CloudflareTunnel"));
    }

    [Test]
    public async Task Monitoring_adds_the_monitoring_jobs()
    {
        var (off, on) = (await StackGraph.OfAsync("lab"), await RenderWithAsync("monitoring", true));

        Assert.That(JobNames(on).Except(JobNames(off)), Is.EquivalentTo(new[]
        {
            "jobs-prometheus", "jobs-loki", "jobs-grafana", "jobs-log-shipper", "jobs-node-exporter",
        }));
    }

    [Test]
    public async Task End_to_end_tls_issues_fabio_a_certificate_and_makes_the_edge_re_encrypt()
    {
        var (off, on) = (await StackGraph.OfAsync("lab"), await RenderWithAsync("endToEndTls", true));
        var names = (IReadOnlyList<SynthResource> resources) => resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        Assert.That(names(on.Resources).Except(names(off.Resources)), Does.Contain("jobs-fabio-csr").And.Contain("jobs-fabio-cert"));
        Assert.That(Haproxy(off), Does.Not.Contain(" ssl verify required"));
        Assert.That(Haproxy(on), Does.Contain(" ssl verify required"));
    }

    [Test]
    public async Task Consul_discovery_at_the_edge_replaces_the_fixed_fabio_servers_with_consul_srv_records()
    {
        var (off, on) = (await StackGraph.OfAsync("lab"), await RenderWithAsync("consulDiscoveryAtEdge", true));

        Assert.That(Haproxy(off), Does.Not.Contain("server-template"));
        Assert.That(Haproxy(on), Does.Contain("server-template").And.Contain(".service.consul"));
        Assert.That(Haproxy(on), Is.Not.EqualTo(Haproxy(off)));
    }

    /// <summary>Every flag <see cref="FeatureFlags"/> has, so a flag added later is held to this fixture too.</summary>
    public static IEnumerable<string> Flags() =>
        typeof(FeatureFlags).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    [TestCaseSource(nameof(Flags))]
    public async Task Flipping_any_flag_changes_the_resources_or_the_hosts_files(string flag)
    {
        var committed = await StackGraph.OfAsync("lab");
        var flipped = await RenderWithAsync(flag, !Features(ProjectConfig.Load(RepoFiles.Root, "lab"))[flag]!.GetValue<bool>());

        Assert.That(Fingerprint(flipped), Is.Not.EqualTo(Fingerprint(committed)), $"homelab:features.{flag} changes nothing the lab builds");
    }

    /// <summary>
    /// What a flag could change: which resources exist (type and name) and what the hosts' files hold. Sorted: the
    /// order in which the program registers resources under mocks varies from run to run, and must not count as a change.
    /// </summary>
    private static string[] Fingerprint(SynthResult graph) =>
        [.. graph.Resources.Select(r => $"{r.Type} {r.Name}").Concat(graph.Files.Select(f => $"{f.RelativePath}\n{f.Content}")).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> JobNames(SynthResult graph) => graph.Resources.Where(r => r.Type == JobType).Select(r => r.Name);

    private static JsonObject Features(ProjectConfig config) => JsonNode.Parse(config.Values["homelab:features"])!.AsObject();

    private static string Haproxy(SynthResult graph) => graph.File("rpi1", HaproxyConfig) ?? throw new AssertionException("no haproxy.cfg for rpi1");

    /// <summary>The committed lab stack with one feature flag set to <paramref name="value"/>.</summary>
    private static async Task<SynthResult> RenderWithAsync(string flag, bool value)
    {
        var committed = ProjectConfig.Load(RepoFiles.Root, "lab");
        var features = Features(committed);
        Assert.That(features[flag]?.GetValue<bool>(), Is.EqualTo(!value), $"the committed lab stack already sets {flag} to {value}");
        features[flag] = value;
        var values = committed.Values.SetItem("homelab:features", features.ToJsonString());
        if (flag == "tunnel" && !value)
        {
            // Without a tunnel nothing serves public hostnames, which the validator rightly rejects: drop them too.
            var cloudflare = JsonNode.Parse(values["homelab:cloudflare"])!.AsObject();
            cloudflare.Remove("publicHostnames");
            values = values.SetItem("homelab:cloudflare", cloudflare.ToJsonString());
        }

        var config = committed with { Values = values };
        return await SynthCommand.RenderAsync(config, "lab");
    }
}
