using System.Text.Json;
using Consumer.App.Synth;
using Consumer.Tests.Support;
using Lab.Infra.Synth;

namespace Consumer.Tests;

/// <summary>
/// The consumer's synth end to end, on a scratch copy of the lab's and the consumer's project files: the lab's own synth
/// writes the lab stack's outputs, and the consumer renders from them, as CI does. Runs serially (Deployment.TestAsync).
/// </summary>
public class ConsumerSynthTests
{
    private string _repo = null!;

    [SetUp]
    public void CopyProjects()
    {
        _repo = Directory.CreateTempSubdirectory("consumer-synth-").FullName;
        Directory.CreateDirectory(Path.Combine(_repo, "Consumer"));
        foreach (var file in new[] { "Pulumi.yaml", "Pulumi.lab.yaml", "Pulumi.dev.yaml", "Consumer/Pulumi.yaml", "Consumer/Pulumi.lab.yaml", "Consumer/Pulumi.dev.yaml" })
        {
            File.Copy(RepoFiles.PathOf(file), Path.Combine(_repo, file));
        }
    }

    [TearDown]
    public void RemoveProjects() => Directory.Delete(_repo, recursive: true);

    [TestCase("lab")]
    [TestCase("dev")]
    public async Task The_consumer_renders_from_what_the_labs_own_synth_outputs(string stack)
    {
        Assert.That(await SynthCommand.RunAsync([stack], _repo, TextWriter.Null), Is.EqualTo(SynthCommand.Rendered));
        var (code, error) = await ConsumerSynthAsync(stack, _repo);

        Assert.That(code, Is.EqualTo(ConsumerSynth.Rendered), error);
        var labOutputs = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repo, "artifacts", "synth", stack, "outputs.json"))).RootElement;
        var resources = JsonDocument.Parse(Read(stack, "resources.json")).RootElement.EnumerateArray().ToList();
        var provider = resources.Single(r => r.GetProperty("type").GetString() == "pulumi:providers:nomad").GetProperty("inputs");
        var job = JsonDocument.Parse(Read(stack, "jobs/hello.json")).RootElement.GetProperty("Job");
        Assert.Multiple(() =>
        {
            Assert.That(labOutputs.GetProperty("nomadDeployToken").GetString(), Is.EqualTo("[secret]"), "the lab's synth keeps the token secret");
            Assert.That(provider.GetProperty("address").GetString(), Is.EqualTo(labOutputs.GetProperty("nomadAddress").GetString()));
            Assert.That(provider.GetProperty("caPem").GetString(), Is.EqualTo(labOutputs.GetProperty("caCertPem").GetString()));
            Assert.That(provider.GetProperty("secretId").GetString(), Is.EqualTo("[secret]"));
            Assert.That(job.GetProperty("Namespace").GetString(), Is.EqualTo(labOutputs.GetProperty("appsNamespace").GetString()));
            Assert.That(job.GetProperty("TaskGroups")[0].GetProperty("Services")[0].GetProperty("Tags")[0].GetString(),
                Is.EqualTo($"urlprefix-hello.{labOutputs.GetProperty("domain").GetString()}/"));
            Assert.That(error, Does.Contain($"synth: 3 resources of consumer stack '{stack}'"));
        });
    }

    [Test]
    public async Task Two_synths_write_byte_identical_files_and_nothing_else()
    {
        await SynthCommand.RunAsync(["lab"], _repo, TextWriter.Null);
        await ConsumerSynthAsync("lab", _repo);
        var first = ReadAll("lab");
        File.WriteAllText(Path.Combine(_repo, "Consumer", "artifacts", "synth", "lab", "stale.txt"), "left from an older synth");
        await ConsumerSynthAsync("lab", _repo);

        Assert.That(ReadAll("lab"), Is.EqualTo(first));
        Assert.That(first.Keys, Is.EqualTo(new[] { "jobs/hello.json", "outputs.json", "resources.json", "summary.md" }));
    }

    [Test]
    public async Task It_runs_from_the_consumer_folder_as_well_as_from_the_repository()
    {
        await SynthCommand.RunAsync(["lab"], _repo, TextWriter.Null);

        Assert.That((await ConsumerSynthAsync("lab", Path.Combine(_repo, "Consumer"))).Code, Is.EqualTo(ConsumerSynth.Rendered));
    }

    [Test]
    public async Task Without_the_labs_synth_it_says_to_run_it_first()
    {
        var (code, error) = await ConsumerSynthAsync("lab", _repo);

        Assert.That(code, Is.EqualTo(ConsumerSynth.Usage));
        Assert.That(error, Is.EqualTo("error: no synth of lab stack 'lab': artifacts/synth/lab/outputs.json is missing; "
            + "run the lab's synth first: dotnet run --project Lab.Infra -p:PulumiSdk=offline -- synth lab\n"));
        Assert.That(Directory.Exists(Path.Combine(_repo, "Consumer", "artifacts")), Is.False);
    }

    [Test]
    public async Task A_lab_synth_without_an_output_the_consumer_reads_fails_naming_the_output_and_the_lab_stack()
    {
        await SynthCommand.RunAsync(["lab"], _repo, TextWriter.Null);
        var outputs = Path.Combine(_repo, "artifacts", "synth", "lab", "outputs.json");
        var json = JsonDocument.Parse(File.ReadAllText(outputs)).RootElement.EnumerateObject().Where(p => p.Name != "domain").ToDictionary(p => p.Name, p => p.Value);
        File.WriteAllText(outputs, JsonSerializer.Serialize(json));

        var (code, error) = await ConsumerSynthAsync("lab", _repo);

        Assert.That(code, Is.EqualTo(ConsumerSynth.Invalid));
        Assert.That(error, Does.StartWith("error: lab stack 'organization/homelab/lab' has no output 'domain' (its outputs: appsNamespace, caCertPem,"));
    }

    [Test]
    public async Task A_lab_synth_outputs_file_that_is_not_json_is_named_with_the_command_that_rewrites_it()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "artifacts", "synth", "lab"));
        File.WriteAllText(Path.Combine(_repo, "artifacts", "synth", "lab", "outputs.json"), "[1, 2");

        var (code, error) = await ConsumerSynthAsync("lab", _repo);

        Assert.That(code, Is.EqualTo(ConsumerSynth.Usage));
        Assert.That(error, Does.StartWith("error: artifacts/synth/lab/outputs.json is not the lab synth's outputs (").And.EndWith("synth lab\n"));
    }

    private static IEnumerable<TestCaseData> BadUsages =>
    [
        new TestCaseData(arg: Array.Empty<string>()).SetName("Bad_usage_no_stack_prints_the_usage_and_exits_2"),
        new TestCaseData(arg: new[] { "lab", "dev" }).SetName("Bad_usage_two_stacks_prints_the_usage_and_exits_2"),
        new TestCaseData(arg: new[] { "../lab" }).SetName("Bad_usage_a_path_prints_the_usage_and_exits_2"),
        new TestCaseData(arg: new[] { "--help" }).SetName("Bad_usage_an_option_prints_the_usage_and_exits_2"),
    ];

    [TestCaseSource(nameof(BadUsages))]
    public async Task Bad_usage_prints_the_usage_and_exits_2(string[] args)
    {
        var error = new StringWriter();

        Assert.That(await ConsumerSynth.RunAsync(args, _repo, error), Is.EqualTo(ConsumerSynth.Usage));
        Assert.That(error.ToString(), Does.StartWith("usage: dotnet run --project Consumer/Consumer.App -p:PulumiSdk=offline -- synth <stack>"));
    }

    [Test]
    public async Task An_unknown_stack_lists_the_consumers_stacks()
    {
        var (code, error) = await ConsumerSynthAsync("prod", _repo);

        Assert.That(code, Is.EqualTo(ConsumerSynth.Usage));
        Assert.That(error, Does.StartWith("error: unknown stack 'prod': there is no Pulumi.prod.yaml in ").And.EndWith("(stacks: dev, lab).\n"));
    }

    [TestCase("config:\n  homelab-consumer:labStack: lab\n", ConsumerSynth.Invalid, "error: homelab-consumer:labStack 'lab' is not a fully qualified stack name")]
    [TestCase("config: {}\n", ConsumerSynth.Invalid, "error: homelab-consumer:labStack is not set")]
    [TestCase("config:\n  homelab-consumer:labStack:\n    secure: AAAB\n", ConsumerSynth.Usage, "error: Pulumi.lab.yaml: homelab-consumer:labStack is encrypted (secure:)")]
    [TestCase("config:\n  homelab-consumer:labStack: someone/elsewhere/lab\n", ConsumerSynth.Usage, "error: homelab-consumer:labStack names project 'elsewhere', and no folder above")]
    [TestCase("config: [unclosed\n", ConsumerSynth.Usage, "error: Pulumi.lab.yaml is not a YAML mapping")]
    public async Task A_bad_stack_file_is_reported_with_the_key_and_the_fix(string stackFile, int expectedCode, string expected)
    {
        File.WriteAllText(Path.Combine(_repo, "Consumer", "Pulumi.lab.yaml"), stackFile);

        var (code, error) = await ConsumerSynthAsync("lab", _repo);

        Assert.That(code, Is.EqualTo(expectedCode));
        Assert.That(error, Does.StartWith(expected));
    }

    private static async Task<(int Code, string Error)> ConsumerSynthAsync(string stack, string directory)
    {
        var error = new StringWriter();
        var code = await ConsumerSynth.RunAsync([stack], directory, error);
        return (code, error.ToString().ReplaceLineEndings("\n"));
    }

    private string Read(string stack, string file) => File.ReadAllText(Path.Combine(_repo, "Consumer", "artifacts", "synth", stack, file));

    private SortedDictionary<string, string> ReadAll(string stack)
    {
        var folder = Path.Combine(_repo, "Consumer", "artifacts", "synth", stack);
        return new SortedDictionary<string, string>(
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText),
            StringComparer.Ordinal);
    }
}
