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
    [TestCase("support", "100000000", "homelab:support.count '100000000' is out of range 0..1 (the support VM runs the lab's one step-ca); fix: pulumi config set --path 'homelab:support.count' 1")]
    [TestCase("support", "-1", "homelab:support.count '-1' is out of range 0..1 (the support VM runs the lab's one step-ca); fix: pulumi config set --path 'homelab:support.count' 1")]
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
}
