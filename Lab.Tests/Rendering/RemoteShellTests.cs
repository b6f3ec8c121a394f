using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class RemoteShellTests
{
    [Test]
    public void SudoBash_quotes_the_script_as_the_one_argument_of_bash_c() =>
        Assert.That(RemoteShell.SudoBash("echo 'hi'\necho $HOME"), Is.EqualTo("sudo bash -c 'echo '\\''hi'\\''\necho $HOME'"));

    [Test]
    public void SudoBash_hands_bash_the_exact_script_and_passes_stdin_through()
    {
        using var vm = new StubVm();
        const string script = """
            IFS= read -r line
            printf 'stdin: %s\n' "$line"
            printf '%s\n' 'single '"'"'quotes'"'"', "double", $HOME, `x`, \'
            """;

        var result = vm.Run(RemoteShell.SudoBash(script), "the first line\nthe second\n");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("stdin: the first line\nsingle 'quotes', \"double\", $HOME, `x`, \\\n"));
        Assert.That(vm.ArgvLog, Is.EqualTo("sudo bash -c " + script + "\n"));
    }

    [Test]
    public void SudoBashFromStdin_runs_the_script_that_arrives_on_stdin()
    {
        using var vm = new StubVm();

        var result = vm.Run(RemoteShell.SudoBashFromStdin, "printf 'ran\\n'\n");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("ran\n"));
        Assert.That(vm.ArgvLog, Is.EqualTo("sudo bash -s\n"));
    }

    [Test]
    public void SudoBash_rejects_an_empty_script()
    {
        var error = Assert.Throws<ArgumentException>(() => RemoteShell.SudoBash(" \n"));

        Assert.That(error.Message, Is.EqualTo("The value cannot be an empty string or composed entirely of whitespace. (Parameter 'script')"));
    }
}
