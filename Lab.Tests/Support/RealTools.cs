namespace Lab.Tests.Support;

/// <summary>The edge's and the DNS Pi's own checkers, run on rendered files: Debian's haproxy and dnsmasq.</summary>
public static class RealTools
{
    /// <summary><c>haproxy -c -f</c> accepts the file (run from <paramref name="folder"/>, where its certificates are).</summary>
    public static void AssertHaproxyAccepts(string config, TemporaryFolder folder)
    {
        var path = folder.Write("haproxy.cfg", config);
        var result = Processes.RunTool("haproxy", ["-c", "-f", path], "haproxy");
        Assert.That(result.ExitCode, Is.Zero, $"haproxy -c rejects the config:\n{result.Describe()}");
        Assert.That(result.StdOut + result.StdErr, Does.Not.Contain("[WARNING]"), "haproxy -c warns");
    }

    /// <summary><c>dnsmasq --test</c> accepts the file, read as the only config file.</summary>
    public static void AssertDnsmasqAccepts(string config)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("dnsmasq.conf", config);
        var result = Processes.RunTool("dnsmasq", ["--test", $"--conf-file={path}"], "dnsmasq");
        Assert.That(result.ExitCode, Is.Zero, $"dnsmasq --test rejects the config:\n{result.Describe()}");
        Assert.That(result.StdErr, Does.Contain("syntax check OK"));
    }
}
