using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Consumer.App.Synth;

/// <summary>
/// Where synth finds things: the consumer's project folder (its <c>Pulumi.yaml</c> names <c>homelab-consumer</c>), a
/// stack's config in <c>Pulumi.&lt;stack&gt;.yaml</c>, and the lab's project folder above it.
/// </summary>
internal static class ConsumerProject
{
    /// <summary>The folder the repository keeps the consumer in.</summary>
    public const string Folder = "Consumer";

    // A project or stack file is a few lines; anything much larger is not one.
    private const long MaxFileBytes = 1 << 20;

    /// <summary>The consumer's project folder: <paramref name="directory"/> or a folder above it, or its <c>Consumer/</c>.</summary>
    public static string? FindRoot(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            foreach (var candidate in new[] { current.FullName, Path.Combine(current.FullName, Folder) })
            {
                if (ProjectName(candidate) == ConsumerSettings.Project)
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>The nearest folder above <paramref name="consumerRoot"/> whose <c>Pulumi.yaml</c> names <paramref name="project"/>.</summary>
    public static string? FindProject(string consumerRoot, string project)
    {
        for (var current = new DirectoryInfo(consumerRoot).Parent; current is not null; current = current.Parent)
        {
            if (ProjectName(current.FullName) == project)
            {
                return current.FullName;
            }
        }
        return null;
    }

    /// <summary>The <c>labStack</c> value of a stack file (null when the file does not set it), or why it cannot be read.</summary>
    public static (string? LabStack, string? Problem) ReadLabStack(string consumerRoot, string stack)
    {
        var path = Path.Combine(consumerRoot, $"Pulumi.{stack}.yaml");
        if (!File.Exists(path))
        {
            var known = Directory.GetFiles(consumerRoot, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]).Order(StringComparer.Ordinal);
            return (null, $"unknown stack '{stack}': there is no Pulumi.{stack}.yaml in {consumerRoot} (stacks: {string.Join(", ", known)}).");
        }
        if (Load(path) is not { } root)
        {
            return (null, $"Pulumi.{stack}.yaml is not a YAML mapping (or is larger than {MaxFileBytes} bytes).");
        }
        if (Child(root, "config") is not YamlMappingNode config)
        {
            return (null, null);
        }
        var value = Child(config, ConsumerSettings.LabStackFullKey) ?? Child(config, ConsumerSettings.LabStackKey);
        return value switch
        {
            null => (null, null),
            YamlScalarNode scalar => (scalar.Value, null),
            // A stack's name is no secret; an encrypted value cannot be read offline.
            YamlMappingNode map when Child(map, "secure") is not null => (null, $"Pulumi.{stack}.yaml: {ConsumerSettings.LabStackFullKey} is encrypted (secure:), and synth cannot decrypt it; "
                + $"a stack name is no secret: pulumi config set {ConsumerSettings.LabStackFullKey} <organization>/homelab/<stack>"),
            _ => (null, $"Pulumi.{stack}.yaml: {ConsumerSettings.LabStackFullKey} is not a single value; fix: pulumi config set {ConsumerSettings.LabStackFullKey} <organization>/homelab/<stack>"),
        };
    }

    private static string? ProjectName(string folder)
    {
        var path = Path.Combine(folder, "Pulumi.yaml");
        return File.Exists(path) && Load(path) is { } root && Child(root, "name") is YamlScalarNode name ? name.Value : null;
    }

    private static YamlMappingNode? Load(string path)
    {
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
