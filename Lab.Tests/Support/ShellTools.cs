namespace Lab.Tests.Support;

/// <summary>Checks rendered scripts with the real shells and ShellCheck. A missing tool fails the test; it never skips.</summary>
public static class ShellTools
{
    /// <summary>The script parses under <c>bash -n</c>.</summary>
    public static void AssertBashParses(string script) => AssertParses("bash", script);

    /// <summary>The script parses under <c>sh -n</c> (dash on Debian and Ubuntu), as a login shell would run it.</summary>
    public static void AssertShParses(string script) => AssertParses("sh", script);

    /// <summary>ShellCheck, with no rc file, finds nothing in the script for <paramref name="shell"/> (bash or sh).</summary>
    public static void AssertShellCheckClean(string script, string shell)
    {
        var result = Processes.RunTool("shellcheck", ["--norc", "--shell", shell, "-"], "shellcheck", script);

        Assert.That(result.ExitCode, Is.Zero, $"shellcheck -s {shell} found problems:\n{result.StdOut}{result.StdErr}");
    }

    private static void AssertParses(string shell, string script)
    {
        var result = Processes.Run(shell, ["-n"], script);
        Assert.That(result.ExitCode, Is.Zero, $"{shell} -n rejects the script:\n{result.StdErr}");
    }
}
