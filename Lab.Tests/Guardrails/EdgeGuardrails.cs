using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Infra.Config;
using Lab.Tests.Config;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>
/// What the DNS Pi and the edge Pi need, over the committed stacks: the lab's DNS names every VM, Pi and Proxmox host
/// (A and PTR: dnsmasq's host-record makes both, the PTR to the first name), the VMs boot only after it is configured,
/// HAProxy's config and keys travel only on secret stdin and its stats password never shows, every node that runs
/// jobs is a Fabio backend, and the tunnel's origin is what the edge serves (issue 13's contract).
/// </summary>
public class EdgeGuardrails
{
    private const string DnsConfig = "etc/dnsmasq.d/homelab.conf";
    private const string HaproxyConfig = "etc/haproxy/haproxy.cfg";

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task The_lab_dns_has_an_a_and_ptr_record_for_every_vm_pi_and_proxmox_host(string stack)
    {
        var lab = TestConfigs.ReadStack(stack);
        var graph = await StackGraph.OfAsync(stack);
        var records = graph.File(lab.DnsHost.Name, DnsConfig)!.Split('\n').Where(l => l.StartsWith("host-record=", StringComparison.Ordinal)).ToList();
        var vms = graph.Resources.Where(r => r.Type == VmType).Select(vm => ((string)vm.Inputs["name"], VmIp(vm)));
        var pis = new[] { (lab.DnsHost.Name, lab.DnsHost.Address), (lab.EdgeHost.Name, lab.EdgeHost.Address) };
        var proxmox = lab.Proxmox.Nodes.Select(node => (node, new Uri(lab.Proxmox.Endpoint).Host));

        foreach (var (name, ip) in vms.Concat(pis).Concat(proxmox).Distinct())
        {
            Assert.That(records, Does.Contain($"host-record={name}.{lab.Domain},{name},{ip}"), $"{name} {ip}");
        }
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_vm_boots_only_after_the_lab_dns_is_configured(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var dns = graph.Resources.Single(r => r.Type == "homelab:index:InternalDns");

        foreach (var vm in graph.Resources.Where(r => r.Type == VmType))
        {
            Assert.That(vm.Dependencies, Does.Contain(dns.Urn), vm.Name);
        }
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task The_edge_config_keys_and_token_travel_only_on_secret_stdin_and_the_stats_password_never_shows(string stack)
    {
        var lab = TestConfigs.ReadStack(stack);
        var graph = await StackGraph.OfAsync(stack);
        var pushes = graph.Resources.Where(r => r.Type == CommandType && r.Name is "edge-haproxy" or "edge-certbot").ToList();

        Assert.That(pushes.Select(p => p.Name), Does.Contain("edge-haproxy"));
        Assert.That(pushes.All(p => p.SecretInputs.Contains("stdin")), Is.True);
        Assert.That(graph.File(lab.EdgeHost.Name, HaproxyConfig), Does.Contain($"insecure-password {HostFile.Redacted}\n"));
        Assert.That(graph.File(lab.EdgeHost.Name, "etc/haproxy/certs/origin.pem"), Is.EqualTo(HostFile.Redacted + "\n"));
        var password = graph.Resources.Single(r => r.Type == "random:index/randomPassword:RandomPassword" && r.Name == "edge-stats-password");
        Assert.That(password.Inputs["special"], Is.EqualTo(false), "the renderer takes a password of letters and digits");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_node_that_runs_jobs_is_a_fabio_backend_checked_on_its_health_port(string stack)
    {
        var lab = TestConfigs.ReadStack(stack);
        var graph = await StackGraph.OfAsync(stack);
        var config = graph.File(lab.EdgeHost.Name, HaproxyConfig)!;
        var jobNodes = LabPlan.From(lab).Nodes.Where(n => n.Roles.HasFlag(NodeRoles.Client)).ToList();

        Assert.That(jobNodes, Is.Not.Empty);
        foreach (var node in jobNodes)
        {
            Assert.That(config, Does.Contain($"    server {node.Name} {node.Ip}:{FabioContract.ProxyPort}\n"));
        }
        Assert.That(config, Does.Contain($" port {FabioContract.UiPort}"));
    }

    [TestCaseSource(typeof(TunnelGuardrails), nameof(TunnelGuardrails.TunnelStacks))]
    public async Task The_tunnel_origin_is_the_edge_own_name_verified_with_the_ca_file_the_edge_writes(string stack)
    {
        var lab = TestConfigs.ReadStack(stack);
        var graph = await StackGraph.OfAsync(stack);
        var config = graph.Resources.Single(r => r.Type == "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig");
        var origins = List(Map(config.Inputs["config"])["ingresses"]).Select(Map).Where(r => r.ContainsKey("originRequest")).Select(r => Map(r["originRequest"])).ToList();

        Assert.That(origins, Is.Not.Empty);
        Assert.That(origins.Select(o => o["originServerName"]).Distinct(), Is.EqualTo(new[] { $"{lab.EdgeHost.Name}.{lab.Domain}" }));
        Assert.That(origins.Select(o => o["caPool"]).Distinct(), Is.EqualTo(new[] { EdgePaths.CaFile }));
        Assert.That(graph.File(lab.EdgeHost.Name, EdgePaths.CaFile.TrimStart('/')), Is.Not.Null.And.Contains("CERTIFICATE"));
        Assert.That(graph.File(lab.EdgeHost.Name, HaproxyConfig), Does.Contain($"crt {EdgePaths.PublicPem} crt {EdgePaths.OriginPem} "));
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Lets_encrypt_runs_certbot_before_haproxy_and_the_internal_ca_issues_the_public_certificate_otherwise(string stack)
    {
        var lab = TestConfigs.ReadStack(stack);
        var graph = await StackGraph.OfAsync(stack);
        var haproxy = graph.Resources.Single(r => r.Name == "edge-haproxy");
        var certbot = graph.Resources.SingleOrDefault(r => r.Name == "edge-certbot");
        var publicCert = graph.Resources.SingleOrDefault(r => r.Name == "edge-public-csr");

        if (lab.Edge.Certificate == EdgeCertificateSource.LetsEncrypt)
        {
            Assert.That(certbot, Is.Not.Null);
            Assert.That(haproxy.Dependencies, Does.Contain(certbot!.Urn), "HAProxy's config needs the PEM the deploy hook builds");
            Assert.That(publicCert, Is.Null);
        }
        else
        {
            Assert.That(certbot, Is.Null);
            Assert.That(List(publicCert!.Inputs["dnsNames"]), Is.EqualTo(new object[] { lab.Domain, $"*.{lab.Domain}" }));
        }
    }
}
