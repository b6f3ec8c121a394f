using Lab.Infra.Config;
using Lab.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Lab.Tests.Guardrails;

/// <summary>Decision D2: every resource of a package that needs configuration uses an explicit provider made from typed config.</summary>
public class ProviderGuardrails
{
    /// <summary>The packages whose default provider Pulumi.yaml disables.</summary>
    private static readonly string[] Configured = ["proxmoxve", "consul", "nomad", "cloudflare"];

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_resource_of_a_configured_package_names_an_explicit_provider_of_that_package(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var resources = Configured.SelectMany(graph.OfPackage).ToList();

        Assert.That(resources, Is.Not.Empty);
        Assert.That(resources.Where(r => r.Provider is null).Select(r => r.Name), Is.Empty, "these would go to a default provider");
        Assert.That(resources.Where(r => !r.Provider!.Contains($"::pulumi:providers:{r.Type.Split(':')[0]}::", StringComparison.Ordinal)).Select(r => r.Name), Is.Empty,
            "these name a provider of another package");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Proxmox_provider_takes_the_configured_endpoint_a_secret_token_and_verifies_tls(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var config = ProjectConfigFor(stack);

        var provider = graph.Resources.Single(r => r.Type == "pulumi:providers:proxmoxve");
        Assert.Multiple(() =>
        {
            Assert.That(provider.Inputs["endpoint"], Is.EqualTo(config.Proxmox.Endpoint));
            Assert.That(provider.SecretInputs, Does.Contain("apiToken"));
            Assert.That(provider.Inputs.GetValueOrDefault("insecure"), Is.Not.EqualTo(true).And.Not.EqualTo("true"), "insecure only by an explicit proxmox.insecure");
            Assert.That(provider.Inputs.ContainsKey("ssh"), Is.False, "nothing the lab creates needs SSH to a PVE node");
        });
    }

    [Test]
    public void Pulumi_yaml_disables_the_default_providers_of_every_configured_package()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoFiles.PathOf("Pulumi.yaml"))));
        var config = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        var declaration = (YamlMappingNode)config.Children[new YamlScalarNode("pulumi:disable-default-providers")];
        var disabled = ((YamlSequenceNode)declaration.Children[new YamlScalarNode("value")]).Children.Select(n => n.ToString());

        Assert.That(disabled, Is.EquivalentTo(Configured));
    }

    private static LabConfig ProjectConfigFor(string stack) =>
        LabConfigReader.Read(Lab.Infra.Synth.ProjectConfig.Load(RepoFiles.Root, stack).ToSource()).Config!;
}
