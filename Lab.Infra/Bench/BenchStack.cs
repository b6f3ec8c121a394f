using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Bench;

/// <summary>
/// A scratch project for the benchmark: the repository's <c>Pulumi.yaml</c> and <c>Pulumi.lab.yaml</c>, plus a
/// generated stack that is <c>lab</c> with more clients, so that synth's cost per client can be measured.
/// </summary>
internal sealed class BenchStack : IDisposable
{
    private BenchStack(string root) => Root = root;

    /// <summary>The scratch project folder; synth writes under its <c>artifacts/</c>.</summary>
    public string Root { get; }

    /// <summary>Copies the project and writes <c>Pulumi.&lt;name&gt;.yaml</c>: lab with <paramref name="clients"/> clients.</summary>
    public static BenchStack Create(string repository, string name, int clients)
    {
        var root = Directory.CreateTempSubdirectory("lab-bench-").FullName;
        File.Copy(Path.Combine(repository, "Pulumi.yaml"), Path.Combine(root, "Pulumi.yaml"));
        File.Copy(Path.Combine(repository, "Pulumi.lab.yaml"), Path.Combine(root, "Pulumi.lab.yaml"));

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(repository, "Pulumi.lab.yaml"))));
        var config = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        var role = (YamlMappingNode)config.Children[new YamlScalarNode("homelab:clients")];
        role.Children[new YamlScalarNode("count")] = new YamlScalarNode(clients.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var writer = new StreamWriter(Path.Combine(root, $"Pulumi.{name}.yaml")))
        {
            stream.Save(writer, assignAnchors: false);
        }
        return new BenchStack(root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
