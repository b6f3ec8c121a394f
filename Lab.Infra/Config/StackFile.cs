using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Config;

/// <summary>
/// Reads a stack file (<c>Pulumi.&lt;stack&gt;.yaml</c>) into the <see cref="IConfigSource"/> the Pulumi CLI would hand
/// the program, without the CLI: the project's keys without their namespace, scalars as text, maps and lists
/// re-serialized as JSON, and <c>secure:</c> values counted as present secrets (they cannot be decrypted offline).
/// Keys of other namespaces (provider settings) are skipped.
/// </summary>
public static partial class StackFile
{
    /// <summary>The path of a stack's file in the project folder.</summary>
    /// <exception cref="ArgumentException"><paramref name="stack"/> is not a stack name (<see cref="StackName"/>).</exception>
    public static string PathOf(string projectDirectory, string stack) =>
        StackName.Problem(stack) is { } problem
            ? throw new ArgumentException(problem, nameof(stack))
            : Path.Combine(projectDirectory, $"Pulumi.{stack}.yaml");

    /// <summary>Loads a stack file from disk.</summary>
    /// <exception cref="InvalidDataException">The file is not a stack file this loader understands.</exception>
    public static DictionaryConfigSource Load(string path, string project = ConfigKeys.Project)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), project, path);
    }

    /// <summary>Parses the text of a stack file; <paramref name="origin"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is not a stack file this loader understands.</exception>
    public static DictionaryConfigSource Parse(string yaml, string project = ConfigKeys.Project, string origin = "stack file")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new List<string>();
        var prefix = project + ":";
        foreach (var (fullKey, text, isSecret) in Entries(yaml, origin))
        {
            if (!fullKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var key = fullKey[prefix.Length..];
            if (isSecret)
            {
                secrets.Add(key);
            }
            else if (text is not null)
            {
                values.Add(key, text);
            }
        }

        return new DictionaryConfigSource(values, secrets);
    }

    /// <summary>
    /// Every config entry of a stack file, of every namespace, in file order: the full key, the value as the CLI
    /// hands it to a program (null for a YAML null, and for a secret), and whether it is a <c>secure:</c> secret.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not a stack file this loader understands.</exception>
    public static IReadOnlyList<(string FullKey, string? Text, bool IsSecret)> Entries(string yaml, string origin = "stack file")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{origin}: not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode)
            || configNode is YamlScalarNode { Value: null or "" })
        {
            // A new stack's file holds only its encryption salt; it sets no config.
            return [];
        }

        if (configNode is not YamlMappingNode config)
        {
            throw new InvalidDataException($"{origin}: 'config' is not a map of keys to values");
        }

        return [.. config.Children.Select(pair =>
        {
            var fullKey = ((YamlScalarNode)pair.Key).Value ?? "";
            return IsSecure(pair.Value) ? (fullKey, (string?)null, true) : (fullKey, ConfigText(pair.Value, $"{origin}: {fullKey}"), false);
        })];
    }

    /// <summary>A config value as the CLI hands it over: a scalar's text (null for a YAML null), a map or list as JSON.</summary>
    public static string? ConfigText(YamlNode node, string where) =>
        node is YamlScalarNode scalar ? ScalarText(scalar) : ToJson(node, where);

    /// <summary>A Pulumi secret: a map with the single key <c>secure</c> holding the ciphertext.</summary>
    private static bool IsSecure(YamlNode node) =>
        node is YamlMappingNode { Children.Count: 1 } map
        && map.Children.TryGetValue(new YamlScalarNode("secure"), out var cipher)
        && cipher is YamlScalarNode;

    /// <summary>A top-level scalar as the CLI hands it over: its text, with YAML booleans normalized; null for a YAML null.</summary>
    private static string? ScalarText(YamlScalarNode scalar) => Resolve(scalar) switch
    {
        ResolvedScalar.Null => null,
        ResolvedScalar.True => "true",
        ResolvedScalar.False => "false",
        _ => scalar.Value ?? "",
    };

    private static string ToJson(YamlNode node, string where)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, where);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, string where)
    {
        switch (node)
        {
            case YamlMappingNode map when IsSecure(map):
                throw new InvalidDataException($"{where}: a secret inside an object is not supported; make it a top-level key set with --secret");
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    writer.WritePropertyName(name);
                    Write(writer, value, $"{where}.{name}");
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children)
                {
                    Write(writer, item, where);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidDataException($"{where}: unsupported YAML node {node.NodeType}");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        switch (Resolve(scalar))
        {
            case ResolvedScalar.Null:
                writer.WriteNullValue();
                break;
            case ResolvedScalar.True:
                writer.WriteBooleanValue(true);
                break;
            case ResolvedScalar.False:
                writer.WriteBooleanValue(false);
                break;
            case ResolvedScalar.Number:
                // The number's own text, so that a version such as 1.10 keeps its trailing zero.
                writer.WriteRawValue(text.TrimStart('+'));
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }

    /// <summary>The YAML 1.2 core schema's reading of a plain scalar; quoted and block scalars are strings.</summary>
    private static ResolvedScalar Resolve(YamlScalarNode scalar)
    {
        if (scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any)
        {
            return ResolvedScalar.String;
        }

        return scalar.Value switch
        {
            null or "" or "~" or "null" or "Null" or "NULL" => ResolvedScalar.Null,
            "true" or "True" or "TRUE" => ResolvedScalar.True,
            "false" or "False" or "FALSE" => ResolvedScalar.False,
            var text when JsonNumber().IsMatch(text.TrimStart('+')) => ResolvedScalar.Number,
            _ => ResolvedScalar.String,
        };
    }

    // Decimal integers and floats that are also valid JSON numbers; YAML's hex, octal and .inf stay strings here.
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    private enum ResolvedScalar
    {
        String,
        Null,
        True,
        False,
        Number,
    }
}
