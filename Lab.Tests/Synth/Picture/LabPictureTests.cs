using System.Text;
using Lab.Infra.Config;
using Lab.Infra.Synth;
using Lab.Infra.Synth.Picture;
using Lab.Tests.Config;
using Lab.Tests.Support;

namespace Lab.Tests.Synth.Picture;

[Parallelizable(ParallelScope.All)]
public class LabPictureTests
{
    private static readonly LabConfig Lab = Stack("lab");

    [Test]
    public void The_committed_picture_of_the_lab_stack_is_what_synth_draws()
    {
        var dot = LabPictureDot.Render(LabPictureModel.From(Lab, LabPlan.From(Lab)));
        var svg = Processes.RunTool("dot", ["-Tsvg"], "graphviz", dot);
        Assert.That(svg.ExitCode, Is.Zero, svg.Describe());

        AssertCommitted("docs/lab.dot", dot);
        AssertCommitted("docs/lab.svg", svg.StdOut);
    }

    [TestCase("lab")]
    [TestCase("dev")]
    public void Graphviz_draws_the_picture_of_each_committed_stack(string stack)
    {
        var config = Stack(stack);
        var result = Processes.RunTool("dot", ["-Tsvg"], "graphviz", LabPictureDot.Render(LabPictureModel.From(config, LabPlan.From(config))));

        Assert.That((result.ExitCode, result.StdErr), Is.EqualTo((0, "")));
        Assert.That(result.StdOut, Does.Contain("<svg"));
    }

    [Test]
    public void Every_vm_is_drawn_on_its_proxmox_node_with_its_agents()
    {
        var picture = LabPictureModel.From(Lab, LabPlan.From(Lab));
        var pve = picture.Machines.Single(m => m.Id == "pve_pve0");

        Assert.That(pve.Hosts.Select(h => h.Label.Split('\n')[0]), Is.EqualTo(new[] { "vb0", "vb1", "vb2", "vs0", "vs1", "vs2", "head" }));
        Assert.That(Services(pve, "vb0"), Is.EqualTo(new[] { "Consul server\nHTTPS :8501, DNS :8600", "Nomad server :4646" }));
        Assert.That(Services(pve, "vs0"), Is.EqualTo(new[] { "Consul client", "Nomad client", "Podman (rootless)", "Fabio :9999, UI :9998" }));
    }

    [Test]
    public void With_the_tunnel_internet_traffic_passes_cloudflare_and_cloudflared_to_haproxy_and_fabio()
    {
        var flows = LabPictureModel.From(Lab, LabPlan.From(Lab)).Flows.Where(f => f.Kind == FlowKind.Traffic).Select(f => (f.From, f.To)).ToList();

        Assert.That(flows, Does.Contain(("internet", "cloudflare_edge")).And.Contain(("cloudflared", "haproxy")).And.Contain(("haproxy", "vs2_fabio"))
            .And.Contain(("vs0_fabio", "job_http_echo")));
        Assert.That(flows, Does.Not.Contain(("haproxy", "vb0_consul")));
    }

    [Test]
    public void Without_the_tunnel_there_is_no_cloudflare_and_a_shared_pi_runs_dnsmasq_and_haproxy()
    {
        var dev = Stack("dev");
        var picture = LabPictureModel.From(dev, LabPlan.From(dev));

        Assert.That(picture.Machines.Select(m => m.Id), Does.Not.Contain("cloudflare").And.Not.Contain("internet"));
        Assert.That(picture.Machines.Single(m => m.Id == "pi_rpi2").Hosts.Single().Services.Select(s => s.Id), Is.EqualTo(new[] { "dnsmasq", "haproxy" }));
        Assert.That(Services(picture.Machines.Single(m => m.Id == "pve_pve0"), "dev0"), Does.Contain("Nomad server + client"));
    }

    [Test]
    public void With_discovery_at_the_edge_haproxy_asks_consul_dns_and_reaches_services_directly()
    {
        var config = Lab with { Features = Lab.Features with { ConsulDiscoveryAtEdge = true, EndToEndTls = true } };
        var flows = LabPictureModel.From(config, LabPlan.From(config)).Flows;

        Assert.That(flows.Where(f => f.From == "haproxy" && f.Kind == FlowKind.Discovery).Select(f => f.To), Is.EqualTo(new[] { "vb0_consul", "vb1_consul", "vb2_consul" }));
        Assert.That(flows.Single(f => f is { From: "haproxy", To: "job_http_echo" }).Label, Is.EqualTo("HTTPS (internal CA)"));
        Assert.That(flows.Where(f => f.From == "haproxy" && f.To.EndsWith("_fabio", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Monitoring_adds_its_jobs_and_a_log_shipper_on_every_node_that_runs_jobs()
    {
        var config = Lab with { Features = Lab.Features with { Monitoring = true } };
        var picture = LabPictureModel.From(config, LabPlan.From(config));

        Assert.That(picture.Machines.Single(m => m.Id == "jobs").Hosts.Single().Services.Select(s => s.Label), Is.EqualTo(new[] { "http-echo", "prometheus", "grafana", "loki" }));
        Assert.That(picture.Machines.SelectMany(m => m.Hosts).SelectMany(h => h.Services).Where(s => s.Label == "log shipper").Select(s => s.Id), Is.EqualTo(new[] { "vs0_logs", "vs1_logs", "vs2_logs" }));
    }

    [Test]
    public void Dns_flows_from_the_vms_to_dnsmasq_to_consul_dns_and_the_upstreams()
    {
        var flows = LabPictureModel.From(Lab, LabPlan.From(Lab)).Flows.Where(f => f.Kind == FlowKind.Dns).Select(f => (f.From, f.To, f.Label));

        Assert.That(flows, Is.EqualTo(new[]
        {
            ("pve_pve0", "dnsmasq", "DNS (every VM)"),
            ("haproxy", "dnsmasq", "DNS (resolvers)"),
            ("dnsmasq", "vb0_consul", "*.consul :8600"),
            ("dnsmasq", "vb1_consul", "*.consul :8600"),
            ("dnsmasq", "vb2_consul", "*.consul :8600"),
            ("dnsmasq", "upstream", "everything else"),
        }));
    }

    private static IEnumerable<string> Services(PictureMachine machine, string host) =>
        machine.Hosts.Single(h => h.Label.StartsWith(host + "\n", StringComparison.Ordinal)).Services.Select(s => s.Label);

    private static LabConfig Stack(string stack) => TestConfigs.Read(ProjectConfig.Load(RepoFiles.Root, stack).ToSource());

    /// <summary>The file the README shows must be what synth draws; <c>LAB_UPDATE_GOLDEN=1</c> rewrites it.</summary>
    private static void AssertCommitted(string relativePath, string actual)
    {
        var path = RepoFiles.PathOf(relativePath);
        if (Environment.GetEnvironmentVariable("LAB_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        Assert.That(File.Exists(path) ? File.ReadAllText(path) : null, Is.EqualTo(actual),
            $"{relativePath} is not what synth draws for the lab stack; rerun the tests with LAB_UPDATE_GOLDEN=1 and commit it");
    }
}
