using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lab.Infra.Config;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Synth;

/// <summary>
/// A stack's config as the Pulumi CLI would hand it to the program: the stack file's <c>config:</c> over the
/// defaults of <c>Pulumi.yaml</c>, keys fully qualified (<c>homelab:domain</c>), structured values as JSON
/// text. <c>secure:</c> values cannot be decrypted offline: they count as present secrets with a placeholder.
/// </summary>
internal sealed record ProjectConfig(string ProjectName, ImmutableSortedDictionary<string, string> Values, ImmutableSortedSet<string> SecretKeys)
{
    /// <summary>What a <c>secure:</c> value reads as offline.</summary>
    public const string SecretPlaceholder = "offline-secret-placeholder";

    /// <summary>Loads <c>Pulumi.yaml</c> and <c>Pulumi.&lt;stack&gt;.yaml</c> from <paramref name="root"/>.</summary>
    /// <exception cref="StackFileException">The stack file is missing or is not a valid stack file.</exception>
    public static ProjectConfig Load(string root, string stack)
    {
        var project = ReadYaml(Path.Combine(root, "Pulumi.yaml"), "Pulumi.yaml");
        var projectName = (Child(project, "name") as YamlScalarNode)?.Value
            ?? throw new StackFileException("Pulumi.yaml has no 'name': it must name the project.");
        var stackPath = Path.Combine(root, $"Pulumi.{stack}.yaml");
        if (!File.Exists(stackPath))
        {
            var known = Directory.GetFiles(root, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]).Order(StringComparer.Ordinal);
            throw new StackFileException($"unknown stack '{stack}': there is no Pulumi.{stack}.yaml in {root} (stacks: {string.Join(", ", known)}).");
        }
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var secrets = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (key, node) in Entries(project, "config", "Pulumi.yaml"))
        {
            // A project-level key is either a plain value or a schema with a default.
            var value = node is YamlMappingNode schema && (schema.Children.ContainsKey(new YamlScalarNode("type")) || schema.Children.ContainsKey(new YamlScalarNode("default")))
                ? Child(schema, "default")
                : node is YamlMappingNode { Children.Count: 1 } withValue && withValue.Children.ContainsKey(new YamlScalarNode("value"))
                    ? withValue.Children[new YamlScalarNode("value")]
                    : node;
            if (value is not null)
            {
                values[Qualify(key, projectName)] = ToConfigText(value);
            }
        }
        foreach (var (key, node) in Entries(ReadYaml(stackPath, $"Pulumi.{stack}.yaml"), "config", $"Pulumi.{stack}.yaml"))
        {
            var fullKey = Qualify(key, projectName);
            if (node is YamlMappingNode secure && secure.Children.ContainsKey(new YamlScalarNode("secure")))
            {
                values[fullKey] = SecretPlaceholder;
                secrets.Add(fullKey);
                continue;
            }
            values[fullKey] = ToConfigText(node);
        }
        return new ProjectConfig(projectName, values.ToImmutable(), secrets.ToImmutable());
    }

    /// <summary>The config of the project's own namespace, as the program's config reader sees it.</summary>
    public IConfigSource ToSource() => new Source(this);

    /// <summary>PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS, the way the CLI passes config to a program.</summary>
    public (string Config, string SecretKeys) ToEnvironment() =>
        (JsonSerializer.Serialize(Values), JsonSerializer.Serialize(SecretKeys));

    private static string Qualify(string key, string projectName) => key.Contains(':', StringComparison.Ordinal) ? key : $"{projectName}:{key}";

    private static YamlMappingNode ReadYaml(string path, string shownName)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }
            return stream.Documents.Count == 0
                ? new YamlMappingNode()
                : stream.Documents[0].RootNode as YamlMappingNode ?? throw new StackFileException($"{shownName} is not a YAML mapping.");
        }
        catch (YamlException e)
        {
            throw new StackFileException($"{shownName} is not valid YAML: {e.Message} (line {e.Start.Line}).");
        }
        catch (FileNotFoundException)
        {
            throw new StackFileException($"{shownName} not found at {path}.");
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static IEnumerable<(string Key, YamlNode Node)> Entries(YamlMappingNode file, string section, string shownName)
    {
        if (Child(file, section) is not { } node || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlMappingNode mapping)
        {
            throw new StackFileException($"{shownName}: '{section}' must be a mapping of keys to values.");
        }
        return mapping.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", pair.Value));
    }

    // Config values reach programs as strings; objects and lists as their JSON text, as `pulumi config set --path` stores them.
    private static string ToConfigText(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(node)!.ToJsonString();

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? "", ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } when text is "true" or "false" => JsonValue.Create(text == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } when text is "null" or "~" or null => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && text.Contains('.', StringComparison.Ordinal) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private sealed class Source(ProjectConfig config) : IConfigSource
    {
        public string? Get(string key)
        {
            var fullKey = $"{config.ProjectName}:{key}";
            return config.SecretKeys.Contains(fullKey) ? null : config.Values.GetValueOrDefault(fullKey);
        }

        public bool HasSecret(string key) => config.SecretKeys.Contains($"{config.ProjectName}:{key}");
    }
}

/// <summary>A stack or project file that synth cannot use; the message names the file and the problem.</summary>
internal sealed class StackFileException(string message) : Exception(message);
