using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lab.Tests.Fuzz;

/// <summary>Reads a well-formed YAML file (a committed stack file) into the tree the mutations work on.</summary>
public static class FuzzYamlReader
{
    public static FuzzNode Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static FuzzNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new FuzzMap([.. map.Children.Select(c => new FuzzEntry(Text((YamlScalarNode)c.Key), Convert(c.Value)))]),
        YamlSequenceNode list => new FuzzList([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => new FuzzInline(Text(scalar)),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType}"),
    };

    /// <summary>A scalar as YAML text that reads back as the same value: plain as it was, anything else double-quoted.</summary>
    private static string Text(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain ? scalar.Value ?? "" : JsonSerializer.Serialize(scalar.Value ?? "");
}
