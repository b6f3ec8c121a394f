using Lab.Infra.Config;

namespace Lab.Tests.Config;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PlanSummaryTests
{
    [Test]
    public void Render_writes_the_lab_stack_as_node_and_reservation_tables()
    {
        var summary = PlanSummary.Render(LabPlan.From(TestConfigs.ReadStack("lab")));

        Assert.That(summary, Is.EqualTo("""
            ## Nodes

            | name | roles | ip | vm id | pve node | vCPU | memory MiB | disk GiB |
            | --- | --- | --- | ---: | --- | ---: | ---: | ---: |
            | vb0 | server | 192.168.10.120 | 120 | pve0 | 4 | 12288 | 150 |
            | vb1 | server | 192.168.10.121 | 121 | pve0 | 4 | 12288 | 150 |
            | vb2 | server | 192.168.10.122 | 122 | pve0 | 4 | 12288 | 150 |
            | vs0 | client | 192.168.10.130 | 130 | pve0 | 4 | 12288 | 150 |
            | vs1 | client | 192.168.10.131 | 131 | pve0 | 4 | 12288 | 150 |
            | vs2 | client | 192.168.10.132 | 132 | pve0 | 4 | 12288 | 150 |
            | head | support | 192.168.10.10 | 110 | pve0 | 2 | 1024 | 50 |

            ## Reserved

            | roles | nodes | vCPU | memory MiB | memory GiB | disk GiB |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | server | 3 | 12 | 36864 | 36 | 450 |
            | client | 3 | 12 | 36864 | 36 | 450 |
            | support | 1 | 2 | 1024 | 1 | 50 |
            | all | 7 | 26 | 74752 | 73 | 950 |

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Render_writes_a_compact_node_with_both_roles()
    {
        var summary = PlanSummary.Render(LabPlan.From(TestConfigs.ReadStack("dev")));

        Assert.That(summary, Is.EqualTo("""
            ## Nodes

            | name | roles | ip | vm id | pve node | vCPU | memory MiB | disk GiB |
            | --- | --- | --- | ---: | --- | ---: | ---: | ---: |
            | dev0 | server+client | 192.168.10.140 | 140 | pve0 | 2 | 4096 | 40 |

            ## Reserved

            | roles | nodes | vCPU | memory MiB | memory GiB | disk GiB |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | server+client | 1 | 2 | 4096 | 4 | 40 |
            | all | 1 | 2 | 4096 | 4 | 40 |

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Render_uses_only_newline_line_endings()
    {
        var summary = PlanSummary.Render(LabPlan.From(TestConfigs.ReadStack("dev")));

        Assert.That(summary, Does.Not.Contain("\r"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Render_shows_fractional_gibibytes_with_a_point_in_any_culture()
    {
        var plan = new LabPlan
        {
            Nodes = [],
            ByRole = [],
            Overall = new PlanTotals("all", 0, 0, 1536, 0),
        };

        Assert.That(PlanSummary.Render(plan), Does.EndWith("| all | 0 | 0 | 1536 | 1.5 | 0 |\n"));
    }
}
