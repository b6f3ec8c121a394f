using System.Diagnostics;
using Lab.Infra.Config;

namespace Lab.Tests.Config;

/// <summary>
/// Integers out of their range (issue 11): each message says the range, names the key and the fix, and a count is
/// checked before anything expands it into VMs.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class BoundsTests
{
    [Test]
    public void A_huge_server_count_is_out_of_range_and_reported_at_once_beside_the_other_problems()
    {
        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => BadInputTests.Errors("""
            config:
              homelab:servers: {count: 100000000}
              homelab:network: {gateway: 10.0.0.1}
            """));

        // Expanding 10^8 VMs took over 100 s and 17 GB before the bound; the rule needs no expansion at all.
        Assert.That(run.Wait(TimeSpan.FromSeconds(30)), Is.True, "validation did not finish: the count was expanded");
        Assert.That(run.Result, Is.EqualTo(new[]
        {
            "homelab:network.gateway '10.0.0.1' is outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:network.gateway' <ip in 192.168.10.0/24>",
            "homelab:servers.count '100000000' is out of range 1..7 (Consul and Nomad run 3 or 5 servers, at most 7: every write waits for a majority of them); fix: pulumi config set --path 'homelab:servers.count' 3",
        }));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [TestCase("servers", "0", "homelab:servers.count '0' is out of range 1..7 (the cluster needs a server); fix: pulumi config set --path 'homelab:servers.count' 3")]
    [TestCase("servers", "-5", "homelab:servers.count '-5' is out of range 1..7 (the cluster needs a server); fix: pulumi config set --path 'homelab:servers.count' 3")]
    [TestCase("servers", "9", "homelab:servers.count '9' is out of range 1..7 (Consul and Nomad run 3 or 5 servers, at most 7: every write waits for a majority of them); fix: pulumi config set --path 'homelab:servers.count' 3")]
    [TestCase("clients", "2147483647", "homelab:clients.count '2147483647' is out of range 0..200 (the lab's clients share one /24-sized network with the rest of the LAN); fix: pulumi config set --path 'homelab:clients.count' 3")]
    [TestCase("clients", "-1", "homelab:clients.count '-1' is out of range 0..200 (the lab's clients share one /24-sized network with the rest of the LAN); fix: pulumi config set --path 'homelab:clients.count' 3")]
    [TestCase("support", "100000000", "homelab:support.count '100000000' is out of range 0..1 (the lab has one support VM or none); fix: pulumi config set --path 'homelab:support.count' 1")]
    [TestCase("support", "-1", "homelab:support.count '-1' is out of range 0..1 (the lab has one support VM or none); fix: pulumi config set --path 'homelab:support.count' 1")]
    public void A_count_out_of_range_says_the_range_and_skips_the_rules_over_the_vms(string role, string count, string expected) =>
        Assert.That(BadInputTests.Errors($"config:\n  homelab:{role}: {{count: {count}}}\n"), Is.EqualTo(new[] { expected }));

    [Test]
    public void A_server_count_out_of_range_in_development_is_fixed_to_one_server() =>
        Assert.That(BadInputTests.Errors("config:\n  homelab:development: true\n  homelab:servers: {count: 0}\n"), Is.EqualTo(new[]
        {
            "homelab:servers.count '0' is out of range 1..7 (the cluster needs a server); fix: pulumi config set --path 'homelab:servers.count' 1",
        }));

    [TestCase("servers", 7)]
    [TestCase("clients", 0)]
    [TestCase("clients", 200)]
    [TestCase("support", 0)]
    public void A_count_at_the_edge_of_its_range_is_accepted(string role, int count)
    {
        // 200 clients need a larger network than the seed's /24, and no clients no jobs.
        var errors = BadInputTests.Errors($"config:\n  homelab:{role}: {{count: {count}}}\n  homelab:jobs: []\n"
            + "  homelab:network: {cidr: 192.168.8.0/22, gateway: 192.168.8.1}\n");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Warnings_and_the_plan_do_not_expand_a_count_out_of_range()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"clients":{"count":100000000}}"""));

        Assert.That(LabConfigValidator.Warnings(config), Is.EqualTo(new[]
        {
            "homelab:proxmox.nodes has one node (pve0): losing it stops every VM of the lab",
        }));
        Assert.That(() => LabPlan.From(config), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("homelab:clients.count 0..200"));
    }

    [TestCase("servers", "cores", "129", "homelab:servers.cores '129' is out of range 1..128 (qemu-server starts no VM with more vCPUs than its host has threads; 128 is a 64-core workstation's); fix: pulumi config set --path 'homelab:servers.cores' 4")]
    [TestCase("clients", "memoryMiB", "12582912", "homelab:clients.memoryMiB '12582912' is out of range 2048..524288 (512 GiB is the most a home-lab host holds, and the memory is dedicated to the VM; a larger value is most likely KiB, not MiB); fix: pulumi config set --path 'homelab:clients.memoryMiB' 12288")]
    [TestCase("support", "diskGiB", "51200", "homelab:support.diskGiB '51200' is out of range 10..16384 (16 TiB is past the largest disk of a home lab; a larger value is most likely MiB, not GiB); fix: pulumi config set --path 'homelab:support.diskGiB' 50")]
    [TestCase("support", "cores", "0", "homelab:support.cores '0' is out of range 1..128 (1 is the minimum for the support VM); fix: pulumi config set --path 'homelab:support.cores' 1")]
    public void A_vm_size_out_of_range_says_the_range_and_why(string role, string size, string value, string expected) =>
        Assert.That(BadInputTests.Errors($"config:\n  homelab:{role}: {{{size}: {value}}}\n"), Is.EqualTo(new[] { expected }));

    [TestCase("cores", 128)]
    [TestCase("memoryMiB", 524288)]
    [TestCase("diskGiB", 16384)]
    public void A_vm_size_at_its_maximum_is_accepted(string size, int value) =>
        Assert.That(BadInputTests.Errors($"config:\n  homelab:support: {{{size}: {value}}}\n"), Is.Empty);

    [Test]
    public void Vms_asking_one_node_for_more_than_a_plausible_host_has_are_a_warning_not_an_error()
    {
        // 3 servers and 3 clients of 12 vCPUs and 32 GiB, and the support VM: 74 vCPUs and 197632 MiB on pve0.
        var source = TestConfigs.Seed("""{"servers":{"cores":12,"memoryMiB":32768},"clients":{"cores":12,"memoryMiB":32768}}""");
        var config = TestConfigs.Read(source);

        Assert.That(LabConfigValidator.Validate(config), Is.Empty);
        Assert.That(LabConfigValidator.Warnings(config), Is.EqualTo(new[]
        {
            "homelab:proxmox.nodes has one node (pve0): losing it stops every VM of the lab",
            "homelab:proxmox.nodes pve0 gets 7 VMs asking for 74 vCPUs (a plausible host runs 64: 32 threads at 2:1) and 197632 MiB of memory "
            + "(a plausible host has 131072, 128 GiB) together: check that the host has them, or spread the VMs with homelab:servers.pveNodes, "
            + "homelab:clients.pveNodes, homelab:support.pveNodes or make them smaller",
        }));
    }

    [Test]
    public void Vms_spread_over_nodes_are_judged_per_node()
    {
        var source = TestConfigs.Seed("""
            {"proxmox":{"nodes":["pve0","pve1"]},"servers":{"memoryMiB":49152},
             "dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"},{"name":"pve1","address":"192.168.10.101"}]}}
            """);
        var warnings = LabConfigValidator.Warnings(TestConfigs.Read(source));

        // Each role round-robins over the nodes: vb0, vb2, vs0, vs2 and head on pve0 (2 x 48 GiB + 2 x 12 GiB + 1 GiB
        // = 123904 MiB), vb1 and vs1 on pve1; 52 GiB servers make pve0's 132096 MiB.
        Assert.That(warnings, Is.Empty);
        var heavier = TestConfigs.Read(TestConfigs.Seed("""
            {"proxmox":{"nodes":["pve0","pve1"]},"servers":{"memoryMiB":53248},
             "dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"},{"name":"pve1","address":"192.168.10.101"}]}}
            """));
        Assert.That(LabConfigValidator.Warnings(heavier), Is.EqualTo(new[]
        {
            "homelab:proxmox.nodes pve0 gets 5 VMs asking for 132096 MiB of memory (a plausible host has 131072, 128 GiB) together: "
            + "check that the host has them, or spread the VMs with homelab:servers.pveNodes, homelab:clients.pveNodes, homelab:support.pveNodes or make them smaller",
        }));
    }
}
