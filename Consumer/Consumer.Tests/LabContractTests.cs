using System.Reflection;
using Consumer.App;
using Consumer.Tests.Support;
using Lab.Infra;
using Pulumi;
using YamlDotNet.RepresentationModel;

namespace Consumer.Tests;

/// <summary>The outputs contract from the consumer's side: what it reads, the lab program exports, and the README lists.</summary>
[Parallelizable]
public class LabContractTests
{
    private static IEnumerable<string> ReadOutputs => LabOutputNames.All;

    private static IEnumerable<string> ConsumerStacks =>
        Directory.GetFiles(RepoFiles.PathOf("Consumer"), "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ReadOutputs))]
    public void Every_output_the_consumer_reads_is_an_output_of_the_lab_program(string output)
    {
        var outputs = typeof(LabStack).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Select(p => p.GetCustomAttribute<OutputAttribute>()).Where(a => a is not null).Select(a => a!.Name);

        Assert.That(outputs, Does.Contain(output));
    }

    [TestCaseSource(nameof(ReadOutputs))]
    public void Every_output_the_consumer_reads_is_in_the_readme_outputs_table_and_marked_as_read(string output)
    {
        var table = Section(File.ReadAllText(RepoFiles.PathOf("README.md")), "## Stack outputs");
        var row = table.Split('\n').SingleOrDefault(line => line.StartsWith($"| `{output}` |", StringComparison.Ordinal));

        Assert.That(row, Is.Not.Null, $"README \"Stack outputs\" has no row for {output}");
        Assert.That(row, Does.Contain("read by the consumer"));
    }

    [Test]
    public void There_are_consumer_stacks_for_the_lab_and_dev_stacks()
    {
        Assert.That(ConsumerStacks, Is.EqualTo(new[] { "dev", "lab" }));
    }

    [TestCaseSource(nameof(ConsumerStacks))]
    public void Each_consumer_stack_names_a_stack_of_the_lab_project_in_this_repository(string stack)
    {
        var labStack = Scalar(RepoFiles.PathOf($"Consumer/Pulumi.{stack}.yaml"), "config", ConsumerSettings.LabStackFullKey);
        var (settings, problem) = ConsumerSettings.Parse(labStack);

        Assert.That(problem, Is.Null);
        Assert.That(settings!.LabProject, Is.EqualTo(Scalar(RepoFiles.PathOf("Pulumi.yaml"), "name")));
        Assert.That(File.Exists(RepoFiles.PathOf($"Pulumi.{settings.LabStackName}.yaml")), Is.True, $"no lab stack file for {settings.LabStackName}");
    }

    [Test]
    public void The_consumer_project_disables_the_default_nomad_provider_and_runs_its_own_program()
    {
        var path = RepoFiles.PathOf("Consumer/Pulumi.yaml");
        var root = Root(path);
        var disabled = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("config")])
            .Children[new YamlScalarNode("pulumi:disable-default-providers")]).Children[new YamlScalarNode("value")];

        Assert.That(Scalar(path, "name"), Is.EqualTo(ConsumerSettings.Project));
        Assert.That(Scalar(path, "main"), Is.EqualTo("Consumer.App/"));
        Assert.That(disabled.Children.Select(n => n.ToString()), Is.EqualTo(new[] { "nomad" }));
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf($"\n{heading}\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README has no {heading}");
        var end = markdown.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string? Scalar(string path, params string[] keys)
    {
        YamlNode node = Root(path);
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }
            node = child;
        }
        return (node as YamlScalarNode)?.Value;
    }

    private static YamlMappingNode Root(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
