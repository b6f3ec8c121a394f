using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CloudInitWaitTests
{
    [Test]
    public void Command_passes_sh_n_and_shellcheck_as_sh()
    {
        ShellTools.AssertShParses(CloudInitWait.Command);
        ShellTools.AssertShellCheckClean(CloudInitWait.Command, "sh");
    }

    [TestCase(0, true, 0, "status: done\n", "")] // done
    [TestCase(2, true, 0, "status: done\ncloud-init finished with recoverable errors (warnings or deprecations):\nstatus: done (long)\n", "")] // warnings only: shown, not fatal
    [TestCase(1, true, 1, "status: done\n", "cloud-init failed (exit 1):\nstatus: done (long)\n")] // a module failed
    [TestCase(0, false, 1, "status: done\n", "cloud-init reports done, but BOOT_FINISHED is missing\n")] // no final stage
    public void Command_accepts_done_and_recoverable_errors_then_needs_boot_finished(int cloudInitExit, bool bootFinished, int exit, string stdout, string stderr)
    {
        using var vm = new StubVm();
        vm.WriteStub("cloud-init", $$"""
            case "$*" in
              'status --wait') echo 'status: done' ;;
              'status --long') echo 'status: done (long)' ;;
              *) echo "unexpected: cloud-init $*" >&2; exit 99 ;;
            esac
            exit {{cloudInitExit}}
            """);
        var marker = Path.Combine(vm.Root, "boot-finished");
        if (bootFinished)
        {
            File.WriteAllText(marker, string.Empty);
        }

        var result = vm.Run(CloudInitWait.Command.Replace(CloudInitWait.BootFinished, marker, StringComparison.Ordinal), string.Empty);

        Assert.That(result.ExitCode, Is.EqualTo(exit), result.Describe());
        Assert.That(result.StdOut, Is.EqualTo(stdout));
        Assert.That(result.StdErr, Is.EqualTo(stderr.Replace("BOOT_FINISHED", marker, StringComparison.Ordinal)));
    }
}
