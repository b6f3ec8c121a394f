using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class AgentRestartScriptTests
{
    [Test]
    public void Helper_passes_bash_n_and_shellcheck()
    {
        ShellTools.AssertBashParses(AgentRestartScript.Render());
        ShellTools.AssertShellCheckClean(AgentRestartScript.Render(), "bash");
    }

    [TestCase(true, 0, "consul: restarted and knows a leader after 0 s\n")] // a running cluster: waits for the leader, which is back at once
    [TestCase(false, 0, "consul: restarted; it knew no leader before (a new cluster), so it is not waited for\n")] // the first start
    public void Restart_does_not_block_and_waits_for_a_leader_only_where_there_was_one(bool leaderBefore, int exit, string stdout)
    {
        using var vm = Stubs(leader: leaderBefore ? "\"10.0.0.1:8300\"" : "\"\"");

        var result = vm.Run($"{vm.Root}/restart consul http://127.0.0.1:8500", "");

        Assert.That(result.ExitCode, Is.EqualTo(exit), result.Describe());
        Assert.That(result.StdOut, Is.EqualTo(stdout));
        Assert.That(vm.ArgvLog, Does.Contain("systemctl restart --no-block consul"));
    }

    [Test]
    public void A_leader_that_does_not_come_back_fails_naming_quorum_within_the_bound()
    {
        using var vm = Stubs(leader: "\"10.0.0.1:8300\"", leaderAfterRestart: "\"\"");

        var result = vm.Run($"{vm.Root}/restart consul http://127.0.0.1:8500", "");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Does.StartWith($"consul: knows no leader {AgentRestartScript.LeaderWaitSeconds} s after its restart"));
        Assert.That(vm.Sleeps, Has.Count.EqualTo(AgentRestartScript.LeaderWaitSeconds / 2));
    }

    /// <summary>A VM whose systemctl restarts instantly (a new InvocationID) and whose curl answers the leader.</summary>
    private static StubVm Stubs(string leader, string? leaderAfterRestart = null)
    {
        var vm = new StubVm { Leader = leader };
        var state = ShellQuote.Single(vm.StateDir);
        File.WriteAllText(Path.Combine(vm.Root, "restart"), AgentRestartScript.Render());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(vm.Root, "restart"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        vm.WriteStub("systemctl", $$"""
            PATH=/usr/bin:/bin
            printf 'systemctl %s\n' "$*" >>{{state}}/argv.log
            case $* in
              'is-active --quiet consul') exit 0 ;;
              'show --property InvocationID --value consul') cat {{state}}/invocation 2>/dev/null || echo first ;;
              'show --property ActiveState --value consul') echo active ;;
              'restart --no-block consul') echo second >{{state}}/invocation; {{(leaderAfterRestart is null ? "" : $"printf '%s' {ShellQuote.Single(leaderAfterRestart)} >{state}/leader")}} ;;
            esac
            """);
        vm.WriteStub("curl", $$"""
            PATH=/usr/bin:/bin
            printf 'curl %s\n' "$*" >>{{state}}/argv.log
            cat {{state}}/leader
            """);
        vm.WriteStub("journalctl", "exit 0");
        return vm;
    }
}
