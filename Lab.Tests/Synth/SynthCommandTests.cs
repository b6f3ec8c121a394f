using Lab.Infra.Synth;
using Lab.Tests.Support;

namespace Lab.Tests.Synth;

/// <summary>
/// The synth command end to end, on a scratch copy of the project files so that the repository's own
/// artifacts are never touched. Runs serially: synth runs the program under Deployment.TestAsync.
/// </summary>
public class SynthCommandTests
{
    private string _project = null!;

    [SetUp]
    public void CopyProject()
    {
        _project = Directory.CreateTempSubdirectory("synth-test-").FullName;
        foreach (var file in new[] { "Pulumi.yaml", "Pulumi.dev.yaml", "Pulumi.lab.yaml" })
        {
            File.Copy(RepoFiles.PathOf(file), Path.Combine(_project, file));
        }
    }

    [TearDown]
    public void RemoveProject() => Directory.Delete(_project, recursive: true);

    [TestCase("lab")]
    [TestCase("dev")]
    public async Task Two_synths_of_a_stack_write_byte_identical_files(string stack)
    {
        var (first, _) = await SynthAsync(stack);
        var firstFiles = ReadAll(stack);
        var (second, _) = await SynthAsync(stack);

        Assert.That((first, second), Is.EqualTo((SynthCommand.Rendered, SynthCommand.Rendered)));
        Assert.That(ReadAll(stack), Is.EqualTo(firstFiles));
        Assert.That(firstFiles.Keys.Where(k => !k.StartsWith("files/", StringComparison.Ordinal)), Is.EqualTo(new[] { "outputs.json", "picture.dot", "picture.svg", "resources.json", "summary.md", "topology.dot" }));
    }

    [Test]
    public async Task Synth_of_lab_writes_the_files_of_three_servers_three_clients_the_support_node_and_cloudflared()
    {
        await SynthAsync("lab");
        var files = ReadAll("lab").Keys.Where(k => k.StartsWith("files/", StringComparison.Ordinal)).ToList();
        string[] agentFiles =
        [
            "etc/consul.d/consul.hcl", "etc/consul.d/consul.json", "etc/consul.d/tls/agent-key.pem", "etc/consul.d/tls/agent.pem", "etc/consul.d/tls/ca.pem",
            "etc/nomad.d/nomad.hcl", "etc/nomad.d/nomad.json", "etc/nomad.d/tls/agent-key.pem", "etc/nomad.d/tls/agent.pem", "etc/nomad.d/tls/ca.pem",
        ];
        var expected = new[] { "vb0", "vb1", "vb2", "vs0", "vs1", "vs2" }
            .SelectMany(host => agentFiles.Concat(AgentBaseFiles(runsJobs: host.StartsWith("vs", StringComparison.Ordinal))).Select(f => $"files/{host}/{f}"))
            .Concat(BaseFiles.Select(f => $"files/head/{f}"))
            .Concat(["files/rpi1/etc/cloudflared/tunnel.env", "files/rpi1/etc/systemd/system/cloudflared.service"])
            .Concat(["files/rpi0/etc/dnsmasq.d/homelab.conf", "files/rpi1/etc/haproxy/certbot-deploy-hook", "files/rpi1/etc/letsencrypt/homelab-cloudflare.ini"])
            .Concat(new[] { "haproxy.cfg", "certs/lab-ca.pem", "certs/origin.pem", "certs/public.pem" }.Select(f => $"files/rpi1/etc/haproxy/{f}"))
            .Order(StringComparer.Ordinal);

        Assert.That(files, Is.EqualTo(expected));
    }

    // What every node's base push writes, and what it adds on agent nodes and on nodes that run jobs.
    private static readonly string[] BaseFiles = ["etc/ssh/sshd_config.d/10-homelab.conf", "usr/local/lib/homelab/base.sh"];

    private static IEnumerable<string> AgentBaseFiles(bool runsJobs) =>
        [.. BaseFiles, "etc/apt/keyrings/hashicorp-archive-keyring.asc", "usr/local/sbin/homelab-restart-agent",
            .. runsJobs ? ["etc/systemd/system/user@.service.d/delegate.conf"] : Array.Empty<string>()];

    [TestCase("lab")]
    [TestCase("dev")]
    public async Task Every_synthesized_script_of_a_stack_passes_bash_n_and_shellcheck(string stack)
    {
        await SynthAsync(stack);
        var scripts = Directory.GetFiles(ResultPath(stack, "files"), "*.sh", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(ResultPath(stack, "files"), "homelab-restart-agent", SearchOption.AllDirectories))
            .ToList();

        Assert.That(scripts, Has.Count.EqualTo(stack == "lab" ? 7 + 6 : 2));
        foreach (var path in scripts)
        {
            var script = File.ReadAllText(path);
            ShellTools.AssertBashParses(script);
            ShellTools.AssertShellCheckClean(script, "bash");
        }
    }

    [Test]
    public async Task Synth_of_dev_writes_one_compact_node_that_serves_and_runs_jobs()
    {
        await SynthAsync("dev");
        var nomad = File.ReadAllText(ResultPath("dev", "files/dev0/etc/nomad.d/nomad.json"));
        var hosts = Directory.GetDirectories(ResultPath("dev", "files")).Select(Path.GetFileName);

        // rpi2 is the dev stack's DNS and edge Pi at once.
        Assert.That(hosts.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "dev0", "rpi2" }));
        using var json = System.Text.Json.JsonDocument.Parse(nomad);
        Assert.That(json.RootElement.GetProperty("server").GetProperty("bootstrap_expect").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("client").GetProperty("enabled").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Secrets_are_written_as_placeholders_and_their_values_never_appear()
    {
        await SynthAsync("lab");
        var files = ReadAll("lab");

        Assert.That(files["resources.json"], Does.Contain("\"privateKeyPem\": \"[secret]\""));
        Assert.That(files["resources.json"], Does.Contain("\"stdin\": \"[secret]\""));
        Assert.That(files["outputs.json"], Does.Contain("\"nomadToken\": \"[secret]\"").And.Contain("\"consulToken\": \"[secret]\""));
        foreach (var (path, content) in files)
        {
            // What synth's mocks make up for keys, gossip keys and tokens, and the stack's own secret values.
            Assert.That(content, Does.Not.Contain("PRIVATE KEY").And.Not.Contain(ProjectConfig.SecretPlaceholder)
                .And.Not.Contain("synth-password-").And.Not.Contain("c3ludGgt").And.Not.Contain("5e000000-"), path);
        }
    }

    [Test]
    public async Task Resources_are_listed_with_parent_dependencies_and_inputs()
    {
        await SynthAsync("lab");
        var resources = File.ReadAllText(ResultPath("lab", "resources.json"));

        Assert.That(resources, Does.Contain("""
                "type": "tls:index/selfSignedCert:SelfSignedCert",
                "name": "lab-ca-root-cert",
            """.Replace("\r", "", StringComparison.Ordinal)));
        Assert.That(resources, Does.Contain("\"parent\": \"urn:pulumi:lab::homelab::homelab:index:InternalCA::lab-ca\""));
        Assert.That(resources, Does.Contain("""
                "dependencies": [
                  "urn:pulumi:lab::homelab::homelab:index:InternalCA$tls:index/privateKey:PrivateKey::lab-ca-root-key"
                ],
            """));
    }

    [Test]
    public async Task Urns_are_the_engines_with_the_whole_chain_of_parent_types_and_no_stack_type()
    {
        await SynthAsync("lab");
        var resources = File.ReadAllText(ResultPath("lab", "resources.json"));

        // What `pulumi stack export` shows for a VM two components deep, whichever SDK's mock engine ran synth.
        Assert.That(resources, Does.Contain(
            "\"urn\": \"urn:pulumi:lab::homelab::homelab:index:NomadServerCluster$homelab:index:ProxmoxNode$proxmoxve:index/vmLegacy:VmLegacy::cluster-vb0-vm\""));
        Assert.That(resources, Does.Contain(
            "\"parent\": \"urn:pulumi:lab::homelab::homelab:index:NomadServerCluster$homelab:index:ProxmoxNode::cluster-vb0\""));
        Assert.That(resources, Does.Contain("\"provider\": \"urn:pulumi:lab::homelab::pulumi:providers:proxmoxve::proxmoxve\""));
        Assert.That(resources, Does.Not.Contain("pulumi:pulumi:Stack$"));
    }

    [Test]
    public async Task Stack_outputs_and_the_plan_are_written()
    {
        await SynthAsync("lab");

        Assert.That(File.ReadAllText(ResultPath("lab", "outputs.json")), Does.Contain("\"vb0\": \"192.168.10.120\""));
        Assert.That(File.ReadAllText(ResultPath("lab", "outputs.json")), Does.Contain("\"caCertPem\": \"-----BEGIN CERTIFICATE-----"));
        Assert.That(File.ReadAllText(ResultPath("lab", "summary.md")), Does.Contain("| `tls:index/privateKey:PrivateKey` | 8 |"));
        // Six agents (three servers, three clients) and the edge's origin: only the agents' count as agents'.
        Assert.That(File.ReadAllText(ResultPath("lab", "summary.md")),
            Does.Contain("Certificates: 7 signed by the lab CA (6 for agents, 1 other: `edge-origin-cert`); the earliest expires 2160 h"));
    }

    [Test]
    public async Task An_unknown_stack_exits_2_with_one_line_naming_the_known_stacks()
    {
        var (code, error) = await SynthAsync("prod");

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
        Assert.That(error, Is.EqualTo($"error: unknown stack 'prod': there is no Pulumi.prod.yaml in {_project} (stacks: dev, lab).\n"));
    }

    [Test]
    public async Task An_invalid_stack_file_exits_2_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_project, "Pulumi.lab.yaml"), "config:\n  homelab:domain: [unclosed\n");

        var (code, error) = await SynthAsync("lab");

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
        Assert.That(error, Is.EqualTo("error: Pulumi.lab.yaml:3:1: not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'.\n"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
    }

    [TestCase("../x", "a path separator at position 3")] // climbs out of artifacts/synth/
    [TestCase("a/b", "a path separator at position 2")]
    [TestCase("..", "'..' names a folder")]
    [TestCase(".", "'.' names a folder")]
    [TestCase("", "may not be empty")]
    public async Task A_stack_name_that_is_a_path_exits_2_before_any_file_is_read_or_deleted(string stack, string reason)
    {
        // What the name would reach if it were used: a stack file outside the project's own files, and folders
        // outside artifacts/synth/<stack>/ that a synth would empty.
        Directory.CreateDirectory(Path.Combine(_project, "Pulumi.."));
        File.Copy(Path.Combine(_project, "Pulumi.lab.yaml"), Path.Combine(_project, "Pulumi..", "x.yaml"));
        var sentinels = new[] { "artifacts/x/keep", "artifacts/synth/keep", "artifacts/keep", "keep" }
            .Select(relative => Path.Combine(_project, relative)).ToList();
        foreach (var sentinel in sentinels)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sentinel)!);
            File.WriteAllText(sentinel, "kept");
        }

        var (code, error) = await SynthAsync(stack);

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
        Assert.That(error, Does.StartWith($"error: stack '{stack}': ").And.Contain(reason));
        Assert.That(sentinels.Where(File.Exists), Is.EqualTo(sentinels));
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(_project, "artifacts", "synth")), Is.EqualTo(new[] { sentinels[1] }));
    }

    [Test]
    public async Task A_symbolic_link_on_the_way_to_the_output_folder_exits_2_and_nothing_behind_it_is_touched()
    {
        using var elsewhere = new TemporaryFolder();
        var kept = elsewhere.Write("keep", "kept");
        Directory.CreateDirectory(Path.Combine(_project, "artifacts"));
        Directory.CreateSymbolicLink(Path.Combine(_project, "artifacts", "synth"), elsewhere.Path);
        Directory.CreateDirectory(Path.Combine(elsewhere.Path, "lab"));
        File.WriteAllText(Path.Combine(elsewhere.Path, "lab", "keep"), "kept");

        var (code, error) = await SynthAsync("lab");

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
        Assert.That(error, Does.StartWith($"error: {Path.Combine("artifacts", "synth")} is a symbolic link"));
        Assert.That(Directory.GetFileSystemEntries(elsewhere.Path, "*", SearchOption.AllDirectories).Order(),
            Is.EqualTo(new[] { kept, Path.Combine(elsewhere.Path, "lab"), Path.Combine(elsewhere.Path, "lab", "keep") }));
    }

    [Test]
    public async Task A_symbolic_link_inside_the_stack_folder_exits_2_and_what_it_points_to_is_not_deleted()
    {
        using var elsewhere = new TemporaryFolder();
        var kept = elsewhere.Write("keep", "kept");
        var files = Path.Combine(_project, "artifacts", "synth", "lab", "files");
        Directory.CreateDirectory(files);
        Directory.CreateSymbolicLink(Path.Combine(files, "vb0"), elsewhere.Path);

        var (code, error) = await SynthAsync("lab");

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
        Assert.That(error, Does.StartWith($"error: {Path.Combine("artifacts", "synth", "lab", "files", "vb0")} is a symbolic link"));
        Assert.That(Directory.GetFileSystemEntries(elsewhere.Path), Is.EqualTo(new[] { kept }));
    }

    [Test]
    public async Task Bad_usage_exits_2()
    {
        var code = await SynthCommand.RunAsync([], _project, TextWriter.Null);

        Assert.That(code, Is.EqualTo(SynthCommand.Usage));
    }

    [Test]
    public async Task Invalid_config_exits_1_with_the_problems_and_writes_nothing()
    {
        var lab = File.ReadAllText(Path.Combine(_project, "Pulumi.lab.yaml"));
        File.WriteAllText(Path.Combine(_project, "Pulumi.lab.yaml"), lab.Replace("cidr: 192.168.10.0/24", "cidr: 192.168.10.0/33", StringComparison.Ordinal));

        var (code, error) = await SynthAsync("lab");

        Assert.That(code, Is.EqualTo(SynthCommand.Invalid));
        Assert.That(error, Does.Contain("homelab:network.cidr '192.168.10.0/33'"));
        Assert.That(Directory.Exists(Path.Combine(_project, "artifacts")), Is.False);
    }

    private async Task<(int Code, string Error)> SynthAsync(string stack)
    {
        using var error = new StringWriter { NewLine = "\n" };
        var code = await SynthCommand.RunAsync([stack], _project, error);
        return (code, code == SynthCommand.Rendered ? "" : error.ToString());
    }

    private string ResultPath(string stack, string file) => Path.Combine(_project, "artifacts", "synth", stack, file);

    /// <summary>Every file synth wrote for the stack, by path relative to its folder (with '/').</summary>
    private SortedDictionary<string, string> ReadAll(string stack)
    {
        var root = Path.Combine(_project, "artifacts", "synth", stack);
        return new(
            Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
    }
}
