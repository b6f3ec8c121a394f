using System.Collections.Immutable;
using Lab.Infra.Synth;

namespace Lab.Tests.Synth;

[Parallelizable(ParallelScope.All)]
public class TopologyDotTests
{
    private const string Stack = "urn:pulumi:lab::homelab::pulumi:pulumi:Stack::homelab-lab";

    private static SynthResource Resource(string type, string name, string? parent, params string[] dependencies) =>
        new(type, name, Urn(name), parent, dependencies, ImmutableDictionary<string, object>.Empty, new HashSet<string>());

    private static string Urn(string name) => $"urn:{name}";

    [Test]
    public void Components_are_clusters_and_dependencies_are_arrows_to_what_a_resource_waits_for()
    {
        var dot = TopologyDot.Render(
        [
            Resource("homelab:index:ProxmoxNode", "vb0", Stack),
            Resource("proxmoxve:index/fileLegacy:FileLegacy", "vb0-user-data", Urn("vb0")),
            Resource("proxmoxve:index/vmLegacy:VmLegacy", "vb0-vm", Urn("vb0"), Urn("vb0-user-data")),
            Resource("random:index/randomUuid:RandomUuid", "token", Stack),
        ]);

        Assert.That(dot, Is.EqualTo("""
            digraph lab {
              rankdir=LR;
              node [shape=box, fontsize=10];
              subgraph cluster_r0 {
                label="vb0";
                r0 [label="vb0\nhomelab:index:ProxmoxNode", shape=component];
                r1 [label="vb0-user-data\nproxmoxve:index/fileLegacy:FileLegacy"];
                r2 [label="vb0-vm\nproxmoxve:index/vmLegacy:VmLegacy"];
              }
              r3 [label="token\nrandom:index/randomUuid:RandomUuid"];
              r2 -> r1;
            }

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Labels_with_quotes_are_escaped()
    {
        var dot = TopologyDot.Render([Resource("t", "a\"b", Stack)]);

        Assert.That(dot, Does.Contain("r0 [label=\"a\\\"b\\nt\"];"));
    }
}
