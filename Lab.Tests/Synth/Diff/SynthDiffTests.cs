using System.Text.Json.Nodes;
using Lab.Infra.Synth.Diff;

namespace Lab.Tests.Synth.Diff;

[Parallelizable(ParallelScope.All)]
public class SynthDiffTests
{
    private const string Push = "command:remote:Command";

    [Test]
    public void A_secret_input_is_shown_only_as_changed()
    {
        var before = Snapshot(Resource("push", Push, """{"stdin":"[secret]"}""", ("stdin", "sha256:1111")));
        var after = Snapshot(Resource("push", Push, """{"stdin":"[secret]"}""", ("stdin", "sha256:2222")));

        var report = SynthDiffMarkdown.Render(SynthDiff.Compute(before, after), "t");

        Assert.That(report, Does.Contain("| `stdin` | (secret) | changed (secret) |"));
        Assert.That(report, Does.Not.Contain("sha256:"));
    }

    [Test]
    public void A_secret_with_the_same_digest_is_no_change()
    {
        var before = Snapshot(Resource("push", Push, """{"stdin":"[secret]"}""", ("stdin", "sha256:1111")));

        Assert.That(SynthDiff.Compute(before, before).HasChanges, Is.False);
    }

    [Test]
    public void A_changed_trigger_is_a_restart_on_the_host_the_name_says()
    {
        var before = SnapshotWithFile(Resource("cluster-vb0-consul-config", Push, """{"triggers":["a"]}"""), "vb0/etc/consul.d/consul.json");
        var after = SnapshotWithFile(Resource("cluster-vb0-consul-config", Push, """{"triggers":["b"]}"""), "vb0/etc/consul.d/consul.json");

        var diff = SynthDiff.Compute(before, after);

        Assert.That(diff.Runs, Is.EqualTo(new[] { new CommandRun("cluster-vb0-consul-config", "vb0", true, "replaced (`triggers[0]` changed): runs `create` again") }));
    }

    [Test]
    public void An_input_computed_by_a_replaced_resource_replaces_its_dependent_and_a_command_that_takes_nothing_from_it_is_stale()
    {
        var before = Snapshot(
            Resource("snippet", "proxmoxve:index/fileLegacy:FileLegacy", """{"sourceRaw":{"data":"old"}}"""),
            Resource("vm", "proxmoxve:index/vmLegacy:VmLegacy", """{"initialization":{"userDataFileId":"snippet_id"}}""", dependencies: ["urn:snippet"]),
            Resource("wait", Push, """{"create":"cloud-init status --wait"}""", dependencies: ["urn:vm"]));
        var after = Snapshot(
            Resource("snippet", "proxmoxve:index/fileLegacy:FileLegacy", """{"sourceRaw":{"data":"new"}}"""),
            before.Resources[1],
            before.Resources[2]);

        var diff = SynthDiff.Compute(before, after);

        Assert.That(diff.Resources.Select(r => (r.Name, r.Kind)), Is.EqualTo(new[] { ("snippet", ChangeKind.Replace), ("vm", ChangeKind.Replace) }));
        Assert.That(diff.Resources[1].ReplaceReasons, Is.EqualTo(new[] { "`initialization.userDataFileId` (from replaced `snippet`)" }));
        Assert.That(diff.Stale, Is.EqualTo(new[] { new StaleCommand("wait", ["vm"]) }).Using<StaleCommand>((a, b) => a.Name == b.Name && a.Replaced.SequenceEqual(b.Replaced)));
    }

    [Test]
    public void A_type_without_a_rule_is_an_update_whose_replacement_is_not_predicted()
    {
        var before = Snapshot(Resource("thing", "example:index:Thing", """{"size":1}"""));
        var after = Snapshot(Resource("thing", "example:index:Thing", """{"size":2}"""));

        var report = SynthDiffMarkdown.Render(SynthDiff.Compute(before, after), "t");

        Assert.That(report, Does.Contain("- replacement not predicted for `thing`: no replace rule is known for `example:index:Thing`"));
    }

    private static SnapshotResource Resource(string name, string type, string inputs, (string Path, string Digest)? secret = null, string[]? dependencies = null) =>
        new($"urn:{name}", type, name, dependencies ?? [], (JsonObject)JsonNode.Parse(inputs)!,
            secret is { } s ? new Dictionary<string, string> { [s.Path] = s.Digest } : new Dictionary<string, string>());

    private static SynthSnapshot Snapshot(params SnapshotResource[] resources) => new(resources, [], new Dictionary<string, string>());

    private static SynthSnapshot SnapshotWithFile(SnapshotResource resource, string file) =>
        new([resource], [], new Dictionary<string, string> { [file] = "{}" });
}
