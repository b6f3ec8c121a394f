using System.Text;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class FileBundleScriptTests
{
    private static readonly FileToWrite ConsulConfig = new(
        "/etc/consul.d/consul.json", "{\n  \"datacenter\": \"dc1\"\n}\n", "0640", "consul", "consul");

    private static readonly FileToWrite ConsulKey = new(
        "/etc/consul.d/tls/agent-key.pem", "-----BEGIN EC PRIVATE KEY-----\nnot-a-real-key\n-----END EC PRIVATE KEY-----\n", "0600", "consul", "consul");

    private static readonly string[] RestartConsul = ["systemctl enable consul", "systemctl restart consul"];

    [Test]
    public void Bundle_for_consul_matches_its_golden_file() =>
        Golden.AssertMatches("FileBundleScript.Consul.sh", FileBundleScript.Render([ConsulKey, ConsulConfig], RestartConsul));

    [Test]
    public void Bundle_writes_each_file_with_its_mode_before_its_content() =>
        Assert.That(FileBundleScript.Render([ConsulConfig], []), Is.EqualTo("""
            set -euo pipefail
            {
            mkdir -p '/etc/consul.d'
            install -m 0640 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/consul.json'
            cat > '/etc/consul.d/consul.json' <<'LAB_EOF'
            {
              "datacenter": "dc1"
            }
            LAB_EOF
            } </dev/null

            """));

    [Test]
    public void Bundle_writes_files_in_path_order_whatever_the_order_given()
    {
        var forward = FileBundleScript.Render([ConsulConfig, ConsulKey], []);
        var backward = FileBundleScript.Render([ConsulKey, ConsulConfig], []);

        Assert.That(backward, Is.EqualTo(forward));
        Assert.That(forward.IndexOf("install -m 0640", StringComparison.Ordinal), Is.LessThan(forward.IndexOf("install -m 0600", StringComparison.Ordinal)));
    }

    [Test]
    public void Bundle_creates_each_directory_once_and_runs_commands_last_in_their_order()
    {
        var other = ConsulConfig with { Path = "/etc/consul.d/other.json" };

        var script = FileBundleScript.Render([ConsulKey, other, ConsulConfig], ["systemctl restart consul", "systemctl enable consul"]);

        var commands = script.Split('\n').Where(l => l.StartsWith("mkdir ", StringComparison.Ordinal) || l.StartsWith("install ", StringComparison.Ordinal) || l.StartsWith("systemctl ", StringComparison.Ordinal));
        Assert.That(commands, Is.EqualTo(new[]
        {
            "mkdir -p '/etc/consul.d'",
            "mkdir -p '/etc/consul.d/tls'",
            "install -m 0640 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/consul.json'",
            "install -m 0640 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/other.json'",
            "install -m 0600 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/tls/agent-key.pem'",
            "systemctl restart consul",
            "systemctl enable consul",
        }));
    }

    [Test]
    public void Bundle_passes_bash_n_and_shellcheck()
    {
        var script = FileBundleScript.Render([ConsulKey, ConsulConfig, Tricky("/etc/lab/tricky.txt")], RestartConsul);

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void Bundle_run_by_bash_writes_every_file_byte_for_byte_with_its_mode_owner_and_group()
    {
        using var dir = new TempDir();
        var (user, group) = CurrentUserAndGroup();
        var loose = dir.PathOf("etc/app/loose.conf");
        Directory.CreateDirectory(Path.GetDirectoryName(loose)!);
        File.WriteAllText(loose, "old secret\n");
        Processes.Run("chmod", ["0666", loose]);
        var files = new[]
        {
            new FileToWrite(loose, "new secret\n", "0600", user, group),
            Tricky(dir.PathOf("etc/app/tls/tricky.pem")) with { Owner = user, Group = group },
            new FileToWrite(dir.PathOf("opt/app/empty"), string.Empty, "0644", user, group),
            new FileToWrite(dir.PathOf("opt/app/run.sh"), "#!/bin/sh\necho hi\n", "755", user, group),
        };
        var script = FileBundleScript.Render(files, [$"printf 'done\\n' >> {ShellQuote.Single(dir.PathOf("ran.log"))}"]);

        var result = Processes.Run("bash", ["-s"], script);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(File.ReadAllText(dir.PathOf("ran.log")), Is.EqualTo("done\n"), "thenRun ran once, after the files");
        foreach (var file in files)
        {
            Assert.That(File.ReadAllBytes(file.Path), Is.EqualTo(Encoding.UTF8.GetBytes(file.Content)), file.Path);
            Assert.That(Stat(file.Path), Is.EqualTo($"{Convert.ToString(Convert.ToInt32(file.Mode, 8), 8)} {user} {group}"), file.Path);
        }
    }

    [Test]
    public void Bundle_commands_cannot_read_the_rest_of_the_script_from_stdin()
    {
        using var dir = new TempDir();
        var swallowed = ShellQuote.Single(dir.PathOf("stdin-of-a-command"));
        var after = ShellQuote.Single(dir.PathOf("after"));
        var script = FileBundleScript.Render([], [$"cat > {swallowed}", $"printf 'ran\\n' > {after}"]);

        var result = Processes.Run("bash", ["-s"], script);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(File.ReadAllText(dir.PathOf("stdin-of-a-command")), Is.Empty);
        Assert.That(File.ReadAllText(dir.PathOf("after")), Is.EqualTo("ran\n"));
    }

    [Test]
    public void Bundle_cut_off_in_transfer_runs_nothing()
    {
        using var dir = new TempDir();
        var script = FileBundleScript.Render([new FileToWrite(dir.PathOf("written"), "x\n", "0644", "root", "root")], []);

        var result = Processes.Run("bash", ["-s"], script[..script.IndexOf("cat >", StringComparison.Ordinal)]);

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        Assert.That(File.Exists(dir.PathOf("written")), Is.False, "install ran");
    }

    // Each row: a broken input and the whole message it gives.
    private static IEnumerable<TestCaseData> BadInputs()
    {
        FileToWrite File(string path = "/etc/app/app.conf", string content = "x\n", string mode = "0640", string owner = "app", string group = "app") =>
            new(path, content, mode, owner, group);

        yield return new TestCaseData(new[] { File(path: "etc/app.conf") }, Array.Empty<string>(),
            "File path 'etc/app.conf' is not absolute; start it with '/'. (Parameter 'files')").SetArgDisplayNames("relative path");
        yield return new TestCaseData(new[] { File(path: "/etc/my app.conf") }, Array.Empty<string>(),
            "File path '/etc/my app.conf' contains whitespace or a control character. (Parameter 'files')").SetArgDisplayNames("space in path");
        yield return new TestCaseData(new[] { File(path: "/etc/app/") }, Array.Empty<string>(),
            "File path '/etc/app/' has an empty segment ('//' or a trailing '/'). (Parameter 'files')").SetArgDisplayNames("trailing slash");
        yield return new TestCaseData(new[] { File(path: "/etc/app/../shadow") }, Array.Empty<string>(),
            "File path '/etc/app/../shadow' has a '.' or '..' segment; give the plain path. (Parameter 'files')").SetArgDisplayNames("dot-dot segment");
        yield return new TestCaseData(new[] { File(mode: "644x") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' has mode '644x'; use 3 or 4 octal digits, such as 0640. (Parameter 'files')").SetArgDisplayNames("mode not octal");
        yield return new TestCaseData(new[] { File(mode: "00640") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' has mode '00640'; use 3 or 4 octal digits, such as 0640. (Parameter 'files')").SetArgDisplayNames("mode of 5 digits");
        yield return new TestCaseData(new[] { File(owner: "") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' needs an owner and a group. (Parameter 'files')").SetArgDisplayNames("no owner");
        yield return new TestCaseData(new[] { File(content: "no line break") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' does not end with a line break (\"\\n\"), which its heredoc would add. (Parameter 'files')").SetArgDisplayNames("no final line break");
        yield return new TestCaseData(new[] { File(content: "a\nLAB_EOF\nb\n") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' has the line 'LAB_EOF', which reads as the end of its heredoc (LAB_EOF). (Parameter 'files')").SetArgDisplayNames("terminator line");
        yield return new TestCaseData(new[] { File(content: "a\n LAB_EOF \n") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' has the line ' LAB_EOF ', which reads as the end of its heredoc (LAB_EOF). (Parameter 'files')").SetArgDisplayNames("terminator line with blanks");
        yield return new TestCaseData(new[] { File(content: "a\0b\n") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' contains a NUL character, which a bash script cannot carry. (Parameter 'files')").SetArgDisplayNames("NUL in content");
        yield return new TestCaseData(new[] { File(), File(content: "y\n") }, Array.Empty<string>(),
            "File '/etc/app/app.conf' is listed twice; give each path once. (Parameter 'files')").SetArgDisplayNames("same path twice");
        yield return new TestCaseData(new[] { File(path: "/etc/./app.hcl") }, Array.Empty<string>(),
            "File path '/etc/./app.hcl' has a '.' or '..' segment; give the plain path. (Parameter 'files')").SetArgDisplayNames("dot segment");
        yield return new TestCaseData(Array.Empty<FileToWrite>(), new[] { "systemctl daemon-reload\nsystemctl restart app" },
            "Command 'systemctl daemon-reload\nsystemctl restart app' in thenRun must be one non-empty line. (Parameter 'thenRun')").SetArgDisplayNames("two lines in one command");
        yield return new TestCaseData(Array.Empty<FileToWrite>(), new[] { " " },
            "Command ' ' in thenRun must be one non-empty line. (Parameter 'thenRun')").SetArgDisplayNames("blank command");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bundle_rejects_bad_input_naming_the_path_and_the_rule(FileToWrite[] files, string[] thenRun, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => FileBundleScript.Render(files, thenRun));

        Assert.That(error.Message, Is.EqualTo(message));
    }

    /// <summary>Content that a careless heredoc or echo would change: expansions, quotes, blanks, CRLF, near-terminators.</summary>
    private static FileToWrite Tricky(string path) => new(path,
        "$HOME `id` $(id) ${x:-y} \\n \\\n'single' \"double\"\n\ttab and trailing space \nwindows line\r\nLAB_EOF_NOT\n<<'LAB_EOF'\nunicodé ✓\n",
        "0640", "root", "root");

    private static (string User, string Group) CurrentUserAndGroup() =>
        (Processes.Run("id", ["-un"]).StdOut.Trim(), Processes.Run("id", ["-gn"]).StdOut.Trim());

    private static string Stat(string path) => Processes.Run("stat", ["-c", "%a %U %G", path]).StdOut.Trim();

    private sealed class TempDir : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("lab-bundle-").FullName;

        public string PathOf(string relative) => Path.Combine(_root, relative);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
