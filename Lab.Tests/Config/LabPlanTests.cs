using Lab.Infra.Config;

namespace Lab.Tests.Config;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LabPlanTests
{
    private const NodeRoles Both = NodeRoles.Server | NodeRoles.Client;

    [Test]
    public void Lab_stack_plans_the_seed_lab()
    {
        var plan = LabPlan.From(TestConfigs.ReadStack("lab"));

        Assert.That(plan.Nodes, Is.EqualTo(new[]
        {
            new LabNode("vb0", NodeRoles.Server, "192.168.10.120", 120, "pve0", 4, 12288, 150),
            new LabNode("vb1", NodeRoles.Server, "192.168.10.121", 121, "pve0", 4, 12288, 150),
            new LabNode("vb2", NodeRoles.Server, "192.168.10.122", 122, "pve0", 4, 12288, 150),
            new LabNode("vs0", NodeRoles.Client, "192.168.10.130", 130, "pve0", 4, 12288, 150),
            new LabNode("vs1", NodeRoles.Client, "192.168.10.131", 131, "pve0", 4, 12288, 150),
            new LabNode("vs2", NodeRoles.Client, "192.168.10.132", 132, "pve0", 4, 12288, 150),
            new LabNode("head", NodeRoles.Support, "192.168.10.10", 110, "pve0", 2, 1024, 50),
        }));
        Assert.That(plan.ByRole, Is.EqualTo(new[]
        {
            new PlanTotals("server", 3, 12, 36864, 450),
            new PlanTotals("client", 3, 12, 36864, 450),
            new PlanTotals("support", 1, 2, 1024, 50),
        }));
        // The seed report's 73 GB and 26 vCPU.
        Assert.That(plan.Overall, Is.EqualTo(new PlanTotals("all", 7, 26, 74752, 950)));
    }

    [Test]
    public void Dev_stack_plans_one_compact_node()
    {
        var plan = LabPlan.From(TestConfigs.ReadStack("dev"));

        Assert.That(plan.Nodes, Is.EqualTo(new[] { new LabNode("dev0", Both, "192.168.10.140", 140, "pve0", 2, 4096, 40) }));
        Assert.That(plan.ByRole, Is.EqualTo(new[] { new PlanTotals("server+client", 1, 2, 4096, 40) }));
        Assert.That(plan.Overall, Is.EqualTo(new PlanTotals("all", 1, 2, 4096, 40)));
    }

    [Test]
    public void Compact_topology_makes_the_servers_clients_and_drops_the_other_roles()
    {
        var plan = LabPlan.From(TestConfigs.Read(TestConfigs.Seed("""{"topology":"compact"}""")));

        Assert.That(plan.Nodes, Is.EqualTo(new[]
        {
            new LabNode("vb0", Both, "192.168.10.120", 120, "pve0", 4, 12288, 150),
            new LabNode("vb1", Both, "192.168.10.121", 121, "pve0", 4, 12288, 150),
            new LabNode("vb2", Both, "192.168.10.122", 122, "pve0", 4, 12288, 150),
        }));
        Assert.That(plan.ByRole, Is.EqualTo(new[] { new PlanTotals("server+client", 3, 12, 36864, 450) }));
        Assert.That(plan.Overall, Is.EqualTo(new PlanTotals("all", 3, 12, 36864, 450)));
    }

    [Test]
    public void Standard_topology_without_support_plans_servers_and_clients_only()
    {
        var plan = LabPlan.From(TestConfigs.Read(TestConfigs.Seed("""{"support":{"count":0},"servers":{"count":5}}""")));

        Assert.That(plan.Nodes.Select(node => $"{node.Name} {node.Ip} {node.VmId}"), Is.EqualTo(new[]
        {
            "vb0 192.168.10.120 120", "vb1 192.168.10.121 121", "vb2 192.168.10.122 122", "vb3 192.168.10.123 123",
            "vb4 192.168.10.124 124", "vs0 192.168.10.130 130", "vs1 192.168.10.131 131", "vs2 192.168.10.132 132",
        }));
        Assert.That(plan.Overall, Is.EqualTo(new PlanTotals("all", 8, 32, 98304, 1200)));
    }

    [Test]
    public void Nodes_are_placed_round_robin_per_role_unless_the_role_pins_its_nodes()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"proxmox":{"nodes":["pve0","pve1","pve2"]},"clients":{"pveNodes":["pve2","pve1"]}}"""));

        var placement = LabPlan.From(config).Nodes.Select(node => $"{node.Name}@{node.PveNode}");

        Assert.That(placement, Is.EqualTo(new[]
        {
            "vb0@pve0", "vb1@pve1", "vb2@pve2", "vs0@pve2", "vs1@pve1", "vs2@pve2", "head@pve0",
        }));
    }

    [Test]
    public void From_rejects_a_config_whose_addresses_do_not_parse()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"support":{"firstIp":"nowhere"}}"""));

        var error = Assert.Throws<ArgumentException>(() => LabPlan.From(config));

        Assert.That(error!.Message, Does.StartWith("homelab:support.firstIp 'nowhere' gives head no IPv4 address: validate the config before planning"));
    }
}
