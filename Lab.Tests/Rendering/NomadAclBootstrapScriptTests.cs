using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class NomadAclBootstrapScriptTests
{
    private const string Secret = "7a1e3b2c-2222-4b4b-9c9c-000000000001";

    private static readonly string Create = RemoteShell.SudoBash(NomadAclBootstrapScript.Render());

    [Test]
    public void Script_matches_its_golden_file() =>
        Golden.AssertMatches("NomadAclBootstrapScript.sh", NomadAclBootstrapScript.Render());

    [Test]
    public void Script_passes_bash_n_and_shellcheck()
    {
        ShellTools.AssertBashParses(NomadAclBootstrapScript.Render());
        ShellTools.AssertShellCheckClean(NomadAclBootstrapScript.Render(), "bash");
    }

    [Test]
    public void Stdin_is_the_secret_on_one_line() =>
        Assert.That(NomadAclBootstrapScript.Stdin(Secret), Is.EqualTo(Secret + "\n"));

    [Test]
    public void Stdin_rejects_a_secret_that_is_not_a_UUID_without_showing_it()
    {
        var error = Assert.Throws<ArgumentException>(() => NomadAclBootstrapScript.Stdin("hunter2"));

        Assert.That(error.Message, Is.EqualTo("The bootstrap secret is not a UUID; Nomad takes only a UUID as BootstrapSecret. (Parameter 'bootstrapSecret')"));
    }

    [Test]
    public void First_run_bootstraps_with_the_secret_over_TLS_verified_against_the_lab_ca()
    {
        using var vm = new StubVm();

        var result = vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("nomad-acl: bootstrapped\n"));
        Assert.That(vm.Requests, Is.EqualTo(new[] { "GET /v1/status/leader", "GET /v1/acl/token/self", "POST /v1/acl/bootstrap" }));
        Assert.That(vm.Tokens, Is.EquivalentTo(new Dictionary<string, string> { [Secret] = $$"""{"BootstrapSecret":"{{Secret}}"}""" }));
        var configs = vm.CurlConfigs.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(configs, Has.Length.EqualTo(3));
        Assert.That(configs, Has.All.Contains("""
            cacert = "/etc/nomad.d/tls/ca.pem"
            url = "https://127.0.0.1:4646/v1/
            """));
        Assert.That(configs[1], Does.Contain($"header = \"X-Nomad-Token: {Secret}\""));
    }

    [Test]
    public void Second_run_finds_the_secret_works_and_does_nothing()
    {
        using var vm = new StubVm();
        Assert.That(vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret)).ExitCode, Is.Zero);
        vm.ClearLogs();

        var result = vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo("nomad-acl: already bootstrapped\n"));
        Assert.That(vm.Requests, Is.EqualTo(new[] { "GET /v1/status/leader", "GET /v1/acl/token/self" }));
    }

    [Test]
    public void Secret_reaches_curl_only_through_its_config_on_stdin()
    {
        using var vm = new StubVm();

        var result = vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(vm.ArgvLog, Does.StartWith("sudo bash -c "));
        Assert.That(vm.ArgvLog, Does.Not.Contain(Secret));
        Assert.That(vm.CurlConfigs, Does.Contain(Secret));
    }

    [Test]
    public void Script_fails_at_once_when_someone_else_bootstrapped_the_ACLs()
    {
        using var vm = new StubVm();
        vm.MarkBootstrapped();

        var result = vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo("nomad-acl: the ACLs were bootstrapped with another secret (HTTP 400: ACL bootstrap already done (reset index: 7)); reset Nomad's ACL bootstrap or rebuild the servers\n"));
        Assert.That(vm.Sleeps, Is.Empty);
    }

    [TestCase("no leader", "nomad-acl: gave up after 150 tries 2 s apart: no leader elected yet\n")] // leader "" for 5 minutes
    [TestCase("unreachable", "nomad-acl: gave up after 150 tries 2 s apart: GET /v1/status/leader: no answer (Failed to connect to 127.0.0.1: Connection refused)\n")] // agent not listening
    public void Script_gives_up_after_150_tries_2_seconds_apart_naming_the_last_answer(string scenario, string message)
    {
        using var vm = new StubVm();
        if (scenario == "unreachable")
        {
            vm.MakeUnreachable();
        }
        else
        {
            vm.Leader = "\"\"";
        }

        var result = vm.Run(Create, NomadAclBootstrapScript.Stdin(Secret));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Sleeps, Is.EqualTo(Enumerable.Repeat("2", 149)));
        Assert.That(vm.Requests, Has.None.StartsWith("POST"));
    }

    [TestCase("", "nomad-acl: stdin ended before the bootstrap secret\n")] // nothing sent
    [TestCase(Secret + "\n" + Secret + "\n", "nomad-acl: stdin has more lines than the secrets expected\n")] // one line too many
    [TestCase("hunter2\n", "nomad-acl: the bootstrap secret on stdin is not a UUID\n")] // not a UUID
    public void Script_checks_stdin_before_any_request(string stdin, string message)
    {
        using var vm = new StubVm();

        var result = vm.Run(Create, stdin);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StdErr, Is.EqualTo(message));
        Assert.That(vm.Requests, Is.Empty);
    }
}
