namespace Lab.Tests.Support;

/// <summary>Checks user data with the real <c>cloud-init schema</c>; a missing cloud-init fails the test, it never skips.</summary>
public static class CloudInitSchema
{
    /// <summary>The file at <paramref name="path"/> is valid cloud-config.</summary>
    public static void AssertValid(string path)
    {
        var result = Processes.RunTool("cloud-init", ["schema", "--config-file", path], "cloud-init");

        Assert.That(result.ExitCode, Is.Zero, $"{path}\n{result.Describe()}");
        Assert.That(result.StdOut, Does.Contain("Valid cloud-config"), path);
    }
}
