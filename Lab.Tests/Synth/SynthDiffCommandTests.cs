using Lab.Infra.Synth;
using Lab.Tests.Support;

namespace Lab.Tests.Synth;

/// <summary>
/// <c>synth diff</c> on two real synths of the <c>lab</c> stack, on a scratch copy of the project files. Runs serially:
/// synth runs the program under Deployment.TestAsync.
/// </summary>
public class SynthDiffCommandTests
{
    private string _project = null!;

    [SetUp]
    public void CopyProject()
    {
        _project = Directory.CreateTempSubdirectory("synth-diff-test-").FullName;
        foreach (var file in new[] { "Pulumi.yaml", "Pulumi.lab.yaml" })
        {
            File.Copy(RepoFiles.PathOf(file), Path.Combine(_project, file));
        }
    }

    [TearDown]
    public void RemoveProject() => Directory.Delete(_project, recursive: true);

    [Test]
    public async Task Adding_a_client_and_bumping_consul_names_the_new_vm_the_replacements_and_the_changed_files()
    {
        var (code, report) = await DiffAfterAsync(lab => lab
            .Replace("  homelab:clients:\n    count: 3", "  homelab:clients:\n    count: 4", StringComparison.Ordinal)
            .Replace("  homelab:consul:\n    datacenter: dc1", "  homelab:consul:\n    datacenter: dc1\n    version: 1.21.5", StringComparison.Ordinal));

        Assert.That(code, Is.EqualTo(SynthDiffCommand.Changes));
        Assert.That(report, Does.Contain("**10 to create, 1 to update, 14 to replace, 0 to delete**; 14 restarts; 23 files changed on 9 hosts."));
        Assert.That(Section(report, "### Created"), Does.Contain("| `clients-vs3-vm` | `proxmoxve:index/vmLegacy:VmLegacy` |"));
        // The version is pushed by each node's base script and named in its trigger: Consul restarts, no VM is replaced.
        var replacements = Section(report, "### Replacements");
        Assert.That(replacements, Does.Contain("| `cluster-vb0-base` | `command:remote:Command` | `triggers[0]`, `triggers[2]` |")
            .And.Contain("| `clients-vs2-consul-config` | `command:remote:Command` | `triggers[2]` |")
            // The new client gets a DNS record and a Fabio server at the edge: dnsmasq restarts, HAProxy reloads.
            .And.Contain("| `dns-dnsmasq` | `command:remote:Command` | `triggers[0]` |")
            .And.Contain("| `edge-haproxy` | `command:remote:Command` | `triggers[0]` |"));
        Assert.That(replacements, Does.Not.Contain("vmLegacy"));
        Assert.That(Section(report, "### Restarts"), Does.Contain("| `cluster-vb1-consul-config` | vb1 | replaced (`triggers[2]` changed): runs `create` again |"));
        // The new node's agent token is created by the clients' ACL script, whose secret stdin is only shown as changed.
        Assert.That(Section(report, "### Other commands that run"), Does.Contain("| `clients-consul-acl` | - | updated: runs `create` again (it has no `update`) |")
            .And.Contain("| `clients-vs3-consul-config` | vs3 | new: runs `create` |"));
        Assert.That(report, Does.Contain("| `stdin` | (secret) | changed (secret) |"));
        Assert.That(report, Does.Not.Contain("### Commands that do not run again"));
        var files = Section(report, "### Files on hosts");
        Assert.That(files, Does.Contain("`etc/consul.d/consul.json` added:").And.Contain("+++ b/vs3/etc/consul.d/consul.json"));
        Assert.That(files, Does.Contain("--- a/vb0/usr/local/lib/homelab/base.sh\n+++ b/vb0/usr/local/lib/homelab/base.sh\n@@ -15,7 +15,7 @@\n"));
        Assert.That(files, Does.Contain("\n-apt-get install -y -q --allow-change-held-packages qemu-guest-agent consul=1.21.4-1 nomad=1.10.5-1\n"
            + "+apt-get install -y -q --allow-change-held-packages qemu-guest-agent consul=1.21.5-1 nomad=1.10.5-1\n"));
        Assert.That(Section(report, "### Stack outputs"), Does.Contain("| `nodes.vs3` | (none) | `192.168.10.133` |"));
    }

    [Test]
    public async Task Moving_a_vm_to_another_id_replaces_it_and_every_command_on_it_runs_again()
    {
        var (code, report) = await DiffAfterAsync(lab => lab.Replace("    firstVmId: 130\n", "    firstVmId: 150\n", StringComparison.Ordinal));

        Assert.That(code, Is.EqualTo(SynthDiffCommand.Changes));
        Assert.That(Section(report, "### Replacements"), Does.Contain("| `clients-vs0-vm` | `proxmoxve:index/vmLegacy:VmLegacy` | `vmId` |"));
        Assert.That(report, Does.Not.Contain("### Commands that do not run again"));
        Assert.That(Section(report, "### Restarts"), Does.Contain("| `clients-vs0-consul-config` | vs0 |"));
    }

    [Test]
    public async Task A_change_to_the_nomad_agent_config_restarts_nomad_on_every_node_and_nothing_else()
    {
        var (code, report) = await DiffAfterAsync(lab =>
            lab.Replace("  homelab:nomad:\n    region: global\n    datacenter: dc1", "  homelab:nomad:\n    region: global\n    datacenter: dc2", StringComparison.Ordinal));

        Assert.That(code, Is.EqualTo(SynthDiffCommand.Changes));
        var restarts = Section(report, "### Restarts").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.That(restarts.Select(l => l.Split('|')[1].Trim()), Is.EqualTo(new[]
        {
            "`cluster-vb0-nomad-config`", "`cluster-vb1-nomad-config`", "`cluster-vb2-nomad-config`",
            "`clients-vs0-nomad-config`", "`clients-vs1-nomad-config`", "`clients-vs2-nomad-config`",
        }));
        Assert.That(restarts[0], Is.EqualTo("| `cluster-vb0-nomad-config` | vb0 | replaced (`triggers[0]` changed): runs `create` again |"));
        // The two updates are the jobs, which now ask for dc2: Nomad updates a job in place.
        Assert.That(report, Does.Contain("**0 to create, 2 to update, 6 to replace, 0 to delete**; 6 restarts; 6 files changed on 6 hosts."));
        Assert.That(report, Does.Contain("`jobs-fabio`").And.Contain("`jobs-http-echo`"));
        Assert.That(Section(report, "### Files on hosts"), Does.Contain("-  \"datacenter\": \"dc1\",\n+  \"datacenter\": \"dc2\","));
    }

    [Test]
    public async Task Two_synths_of_the_same_config_differ_in_nothing_and_exit_0()
    {
        var (code, report) = await DiffAfterAsync(lab => lab, changesStackFile: false);

        Assert.That(code, Is.EqualTo(SynthDiffCommand.NoChange));
        Assert.That(report, Is.EqualTo("## synth diff: `lab`\n\nNo change: both synths are identical.\n"));
    }

    [TestCase("")] // no folders
    [TestCase("only-one")] // one folder
    [TestCase("missing-base missing-head")] // folders that do not exist
    public async Task Bad_usage_or_a_folder_that_is_no_synth_exits_2_with_a_message(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using var error = new StringWriter();
        var code = await SynthDiffCommand.RunAsync(args, _project, TextWriter.Null, error);

        Assert.That(code, Is.EqualTo(SynthDiffCommand.Usage));
        Assert.That(error.ToString(), Does.StartWith(args.Length == 2 ? "error: " : "usage: "));
    }

    /// <summary>Synths lab as committed (base), then with <paramref name="change"/> applied to its stack file (head), and diffs them.</summary>
    private async Task<(int Code, string Report)> DiffAfterAsync(Func<string, string> change, bool changesStackFile = true)
    {
        await SynthAsync();
        var synth = Path.Combine(_project, "artifacts", "synth");
        Directory.Move(Path.Combine(synth, "lab"), Path.Combine(_project, "base"));
        var stackFile = Path.Combine(_project, "Pulumi.lab.yaml");
        var before = File.ReadAllText(stackFile);
        var after = change(before);
        Assert.That(after != before, Is.EqualTo(changesStackFile), "the change must apply to the committed stack file");
        File.WriteAllText(stackFile, after);
        await SynthAsync();

        using var output = new StringWriter { NewLine = "\n" };
        var code = await SynthDiffCommand.RunAsync([Path.Combine(_project, "base"), Path.Combine(synth, "lab")], _project, output, TextWriter.Null);
        return (code, output.ToString());
    }

    private async Task SynthAsync()
    {
        using var error = new StringWriter();
        var code = await SynthCommand.RunAsync(["lab"], _project, error);
        Assert.That(code, Is.EqualTo(SynthCommand.Rendered), error.ToString());
    }

    /// <summary>The report from <paramref name="heading"/> to the next heading of the same level.</summary>
    private static string Section(string report, string heading)
    {
        var start = report.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no section {heading} in:\n{report}");
        var end = report.IndexOf("\n" + heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)], start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? report[start..] : report[start..end];
    }
}
