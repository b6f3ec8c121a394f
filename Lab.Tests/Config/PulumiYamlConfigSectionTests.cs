using System.Text.Json;
using Lab.Infra.Config;
using Lab.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Lab.Tests.Config;

/// <summary>
/// The config section written for Pulumi.yaml, and Pulumi.yaml itself, declare what the reader reads with the
/// reader's defaults: the CLI applies Pulumi.yaml's defaults before the program runs, so a drifted default would
/// silently win over <see cref="LabDefaults"/>.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PulumiYamlConfigSectionTests
{
    private const string Section = "Lab.Infra/Config/pulumi-yaml-config-section.yaml";
    private const string ProjectFile = "Pulumi.yaml";

    private static YamlMappingNode Declarations(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoFiles.PathOf(file))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var config = (YamlMappingNode)root.Children[new YamlScalarNode("config")];
        // The engine's own settings (pulumi:disable-default-providers) are values, not the project's declarations.
        return new YamlMappingNode(config.Children.Where(pair => !pair.Key.ToString().Contains(':', StringComparison.Ordinal)));
    }

    private static string Field(YamlMappingNode declaration, string name) =>
        declaration.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value.ToString() : "";

    [TestCase(Section)] // what this folder hands over
    [TestCase(ProjectFile)] // where it was merged
    public void Section_declares_the_scalar_and_list_keys_and_the_required_secrets(string file)
    {
        var declared = Declarations(file).Children.Select(pair =>
        {
            var declaration = (YamlMappingNode)pair.Value;
            return $"{pair.Key} {Field(declaration, "type")} secret={Field(declaration, "secret")} default={Field(declaration, "default")}";
        });

        Assert.That(declared, Is.EqualTo(new[]
        {
            $"{ConfigKeys.Domain} string secret= default={LabDefaults.Domain}",
            $"{ConfigKeys.Topology} string secret= default=standard",
            $"{ConfigKeys.Development} boolean secret= default=false",
            $"{ConfigKeys.Jobs} array secret= default=[ {string.Join(", ", LabDefaults.Jobs)} ]",
            $"{ConfigKeys.SshPrivateKey} string secret=true default=",
            $"{ConfigKeys.ProxmoxApiToken} string secret=true default=",
        }));
    }

    [TestCase(Section)] // what this folder hands over
    [TestCase(ProjectFile)] // where it was merged
    public void Section_defaults_read_as_the_reader_defaults(string file)
    {
        var defaults = new Dictionary<string, string>();
        foreach (var (key, value) in Declarations(file).Children)
        {
            var declaration = (YamlMappingNode)value;
            if (declaration.Children.TryGetValue(new YamlScalarNode("default"), out var node))
            {
                // As the CLI hands project defaults to the program: scalars as text, lists as JSON.
                defaults[key.ToString()] = node is YamlSequenceNode list
                    ? JsonSerializer.Serialize(list.Children.Select(item => item.ToString()))
                    : node.ToString();
            }
        }

        var fromSection = TestConfigs.Read(TestConfigs.Seed(JsonSerializer.Serialize(defaults)));

        Assert.That(ConfigJson.Of(fromSection), Is.EqualTo(ConfigJson.Of(TestConfigs.Read(TestConfigs.Seed()))));
    }
}
