using Lab.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class NodeBaseScriptTests
{
    private static readonly NodeBaseModel Workload = new() { NomadVersion = Versions.Nomad, ConsulVersion = Versions.Consul, RunsWorkloads = true };
    private static readonly NodeBaseModel Server = Workload with { RunsWorkloads = false };
    private static readonly NodeBaseModel Support = new() { NomadVersion = null, ConsulVersion = null, RunsWorkloads = false };

    [TestCase("workload")]
    [TestCase("journal")]
    [TestCase("server")]
    [TestCase("support")]
    public void Script_passes_bash_n_and_shellcheck(string node)
    {
        var script = NodeBaseScript.Render(Model(node));

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void Workload_script_matches_its_golden_file() =>
        Golden.AssertMatches("NodeBaseScript.Workload.sh", NodeBaseScript.Render(Workload));

    [Test]
    public void Agents_are_installed_pinned_and_held_from_the_repository_signed_by_the_shipped_key()
    {
        var script = NodeBaseScript.Render(Workload);

        Assert.That(script, Does.Contain($"consul={Versions.Consul}-1 nomad={Versions.Nomad}-1 podman acl nomad-driver-podman={Versions.NomadDriverPodman}-1"));
        Assert.That(script, Does.Contain("apt-mark hold consul nomad nomad-driver-podman"));
        Assert.That(script, Does.Contain($"[signed-by={HashiCorpAptKey.Path}]"));
        Assert.That(script, Does.Not.Contain("keyserver").And.Not.Contain("gpg --recv"), "the key is shipped, never fetched");
    }

    [Test]
    public void Workload_nodes_delegate_cgroups_linger_and_give_the_podman_user_its_socket_and_the_host_volume()
    {
        var script = NodeBaseScript.Render(Workload);

        Assert.Multiple(() =>
        {
            Assert.That(NodeBaseScript.DelegateConfig, Is.EqualTo("[Service]\nDelegate=cpu cpuset io memory pids\n"));
            Assert.That(script.IndexOf("systemctl daemon-reload", StringComparison.Ordinal), Is.LessThan(script.IndexOf("loginctl enable-linger podman", StringComparison.Ordinal)),
                "the Delegate= drop-in applies only when the user's manager starts");
            Assert.That(script, Does.Contain("/etc/subuid /etc/subgid"));
            Assert.That(script, Does.Contain("enable --now podman.socket"));
            Assert.That(script, Does.Contain($"install -d -m 0750 -o podman -g podman {AgentPaths.DataVolume}"), "a rootless container's root is the podman user");
        });
    }

    [Test]
    public void A_workload_node_creates_or_checks_the_path_of_every_host_volume_its_nomad_client_offers()
    {
        var script = NodeBaseScript.Render(Workload with { ShipsSystemJournal = true });
        var checks = new Dictionary<string, string>
        {
            ["data"] = "install -d -m 0750 -o podman -g podman /var/data",
            ["journal"] = "[[ -d /var/log/journal ]] || fail",
            ["machine-id"] = "[[ -s /etc/machine-id ]] || fail",
            // The root file system exists wherever the script runs.
            ["host-root"] = "#!/bin/bash",
        };

        Assert.That(NomadAgentHostVolumes.All.Select(v => v.Name), Is.EquivalentTo(checks.Keys), "a new host volume needs its path made sure of here");
        Assert.Multiple(() =>
        {
            foreach (var volume in NomadAgentHostVolumes.All)
            {
                Assert.That(script, Does.Contain(checks[volume.Name]), volume.Name);
                Assert.That(checks[volume.Name], Does.Contain(volume.Path), volume.Name);
            }
        });
    }

    [Test]
    public void Support_node_gets_no_agent_and_no_podman()
    {
        var script = NodeBaseScript.Render(Support);

        Assert.That(script, Does.Not.Contain("nomad").And.Not.Contain("consul").And.Not.Contain("podman"));
        Assert.That(script, Does.Contain("passwd --lock root"));
    }

    [Test]
    public void A_node_whose_log_shipper_reads_the_system_journal_gives_the_podman_user_read_access_by_acl_now_and_for_new_files()
    {
        var script = NodeBaseScript.Render(Workload with { ShipsSystemJournal = true });

        Assert.That(script, Does.Contain(" podman acl nomad-driver-podman="), "setfacl comes from the acl package");
        Assert.That(script, Does.Contain("setfacl -R -n -m u:podman:rX,d:u:podman:rX /var/log/journal"));
        Assert.That(script, Does.Not.Contain("setfacl -R -x"));
        Assert.That(script.IndexOf("setfacl", StringComparison.Ordinal), Is.GreaterThan(script.IndexOf("useradd", StringComparison.Ordinal)), "the ACL names a user that exists");
    }

    [Test]
    public void Without_a_journal_reader_a_previous_acl_is_taken_away()
    {
        var script = NodeBaseScript.Render(Workload);

        Assert.That(script, Does.Contain("setfacl -R -x u:podman,d:u:podman /var/log/journal"));
        Assert.That(script, Does.Not.Contain("u:podman:rX"));
    }

    [Test]
    public void Render_rejects_a_journal_reader_on_a_node_that_runs_no_jobs()
    {
        var error = Assert.Throws<ArgumentException>(() => NodeBaseScript.Render(Server with { ShipsSystemJournal = true }));

        Assert.That(error.Message, Does.Contain("ShipsSystemJournal is true on a node that runs no jobs"));
    }

    [TestCase("1.10.5-1", "1.21.4", "NodeBaseModel is invalid: NomadVersion '1.10.5-1' is not a release version (major.minor.patch, without the Debian revision '-1') (Parameter 'model')")]
    [TestCase("1.10.5", null, "NodeBaseModel is invalid: Only one of NomadVersion and ConsulVersion is set: a node runs both agents or neither (Parameter 'model')")]
    public void Render_rejects_versions_that_do_not_fit(string? nomad, string? consul, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => NodeBaseScript.Render(new NodeBaseModel { NomadVersion = nomad, ConsulVersion = consul, RunsWorkloads = false }));

        Assert.That(error.Message, Is.EqualTo(message));
    }

    private static NodeBaseModel Model(string node) => node switch
    {
        "workload" => Workload,
        "journal" => Workload with { ShipsSystemJournal = true },
        "server" => Server,
        _ => Support,
    };
}
