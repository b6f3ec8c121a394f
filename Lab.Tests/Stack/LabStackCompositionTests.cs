using Lab.Components.Rendering;
using Lab.Infra;
using Lab.Infra.Config;
using Lab.Tests.Config;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Utilities;
using static Lab.Tests.Components.ProxmoxNodeTests;

namespace Lab.Tests.Stack;

/// <summary>How LabStack composes the components from config, run under mocks with config handed over directly.</summary>
public class LabStackCompositionTests
{
    [Test]
    public async Task The_seed_lab_has_a_cluster_a_client_pool_and_a_support_node_without_agents()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed());
        var components = mocks.Resources.Where(r => r.Type!.StartsWith("homelab:", StringComparison.Ordinal)).Select(r => (r.Type, r.Name));

        Assert.Multiple(async () =>
        {
            Assert.That(components, Is.EquivalentTo(new[]
            {
                ("homelab:index:InternalCA", "lab-ca"),
                ("homelab:index:NomadServerCluster", "cluster"),
                ("homelab:index:ProxmoxNode", "cluster-vb0"),
                ("homelab:index:ProxmoxNode", "cluster-vb1"),
                ("homelab:index:ProxmoxNode", "cluster-vb2"),
                ("homelab:index:ClientPool", "clients"),
                ("homelab:index:ProxmoxNode", "clients-vs0"),
                ("homelab:index:ProxmoxNode", "clients-vs1"),
                ("homelab:index:ProxmoxNode", "clients-vs2"),
                ("homelab:index:ProxmoxNode", "support-head"),
                ("homelab:index:NomadAccess", "nomad-access"),
                ("homelab:index:LabJobs", "jobs"),
                ("homelab:index:CloudflareTunnel", "tunnel"),
                ("homelab:index:InternalDns", "dns"),
                ("homelab:index:EdgeBalancer", "edge"),
            }));
            var supportBase = stack.HostFiles.Single(f => f.Host == "head" && f.Path == NodeBaseScript.Path);
            Assert.That(await OutputUtilities.GetValueAsync(supportBase.Content), Does.Not.Contain("nomad").And.Not.Contain("consul"));
            Assert.That(await OutputUtilities.GetValueAsync(stack.ClientIps), Is.EqualTo(new[] { "192.168.10.130", "192.168.10.131", "192.168.10.132" }));
            Assert.That(await Output.IsSecretAsync(stack.NomadToken), Is.True);
            Assert.That(await Output.IsSecretAsync(stack.ConsulToken), Is.True);
        });
    }

    [Test]
    public async Task A_compact_lab_runs_jobs_on_its_servers_and_reports_them_as_client_ips()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed("""{"topology":"compact"}"""));

        Assert.That(mocks.Resources.Any(r => r.Type == "homelab:index:ClientPool"), Is.False);
        Assert.That(await OutputUtilities.GetValueAsync(stack.ClientIps), Is.EqualTo(new[] { "192.168.10.120", "192.168.10.121", "192.168.10.122" }));
        Assert.That(await OutputUtilities.GetValueAsync(stack.ServerIps), Is.EqualTo(await OutputUtilities.GetValueAsync(stack.ClientIps)));
    }

    [Test]
    public async Task A_cloud_image_is_downloaded_once_per_pve_node_and_vms_are_created_from_it()
    {
        const string url = "https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img";
        var checksum = new string('b', 64);
        var (mocks, _) = await RunAsync(TestConfigs.Seed(
            "{\"proxmox\":{\"nodes\":[\"pve0\",\"pve1\"],\"cloudImageUrl\":\"" + url + "\",\"cloudImageChecksum\":\"" + checksum + "\"}}"));
        var images = mocks.Resources.Where(r => r.Type == "proxmoxve:download/file:File" && r.Name!.StartsWith("cloud-image-", StringComparison.Ordinal)).ToList();
        var vm = mocks.Single("proxmoxve:index/vmLegacy:VmLegacy", "cluster-vb1-vm").Inputs;

        Assert.Multiple(() =>
        {
            // Siblings reach the engine in no fixed order: the set is the rule, not the order.
            Assert.That(images.Select(i => i.Name), Is.EquivalentTo(new[] { "cloud-image-pve0", "cloud-image-pve1" }));
            Assert.That(images.Select(i => i.Inputs["url"]), Is.All.EqualTo(url));
            Assert.That(images.Select(i => i.Inputs["datastoreId"]), Is.All.EqualTo("local"));
            Assert.That(vm.ContainsKey("clone"), Is.False);
            Assert.That(vm["nodeName"], Is.EqualTo("pve1"));
            Assert.That(Map(List(vm["disks"])[0])["importFrom"], Is.EqualTo("cloud-image-pve1_id"));
        });
    }

    [Test]
    public async Task The_tunnel_uses_a_cloudflare_provider_from_the_api_token_and_exports_its_id_and_hostnames()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed("""
            {"cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210",
             "publicHostnames":[{"hostname":"echo.lab.example.com"}],"accessEmails":["admin@example.com"]}}
            """));
        var provider = mocks.Resources.Single(r => r.Type == "pulumi:providers:cloudflare");
        var tunnel = mocks.Single("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", "tunnel-tunnel");

        Assert.Multiple(async () =>
        {
            Assert.That(provider.Name, Is.EqualTo("cloudflare"));
            Assert.That(provider.Inputs["apiToken"], Is.EqualTo("placeholder for secret cloudflareApiToken"));
            Assert.That(tunnel.Provider, Does.EndWith("pulumi:providers:cloudflare::cloudflare::cloudflare_id"));
            Assert.That(Map(mocks.Single("command:remote:Command", "tunnel-cloudflared").Inputs["connection"])["host"], Is.EqualTo("192.168.10.80"));
            Assert.That(await OutputUtilities.GetValueAsync(stack.TunnelId), Is.EqualTo("tunnel-tunnel_id"));
            Assert.That(await OutputUtilities.GetValueAsync(stack.PublicHostnames), Is.EqualTo(new[] { "echo.lab.example.com" }));
        });
    }

    [Test]
    public async Task A_lab_without_the_tunnel_has_no_cloudflare_resource_or_provider_and_empty_tunnel_outputs()
    {
        var (mocks, stack) = await RunAsync(TestConfigs.Seed("""{"features":{"tunnel":false},"cloudflareApiToken":null}"""));

        Assert.That(mocks.Resources.Where(r => r.Type!.Contains("cloudflare", StringComparison.OrdinalIgnoreCase)).Select(r => r.Name), Is.Empty);
        Assert.That(await OutputUtilities.GetValueAsync(stack.TunnelId), Is.Empty);
        Assert.That(await OutputUtilities.GetValueAsync(stack.PublicHostnames), Is.Empty);
    }

    private static async Task<(RecordingMocks Mocks, LabStack Stack)> RunAsync(IConfigSource source)
    {
        var mocks = new RecordingMocks();
        return (mocks, await LabStackRuns.RunAsync(source, mocks));
    }
}
