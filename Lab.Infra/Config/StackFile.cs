using System.Globalization;
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
        return Parse(SafeYaml.ReadFile(path, path), project, path);
    }

    /// <summary>Parses the text of a stack file; <paramref name="origin"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is not a stack file this loader understands.</exception>
    public static DictionaryConfigSource Parse(string yaml, string project = ConfigKeys.Project, string origin = "stack file")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new List<string>();
        var others = new List<string>();
        var prefix = project + ":";
        foreach (var (fullKey, text, isSecret) in Entries(yaml, origin))
        {
            if (!fullKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                others.Add(fullKey);
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

        return new DictionaryConfigSource(values, secrets, others);
    }

    /// <summary>The top-level settings of a stack file besides <c>config</c>, which the program does not use.</summary>
    private static readonly string[] FileSettings = ["config", "encryptionsalt", "secretsprovider", "encryptedkey", "environment"];

    /// <summary>
    /// Every config entry of a stack file, of every namespace, in file order: the full key, the value as the CLI
    /// hands it to a program (null for a secret), and whether it is a <c>secure:</c> secret. Every problem of the
    /// file's shape is reported at once, each with its line and column.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not a stack file this loader understands; one problem a line.</exception>
    public static IReadOnlyList<(string FullKey, string? Text, bool IsSecret)> Entries(string yaml, string origin = "stack file")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var rootNode = SafeYaml.Load(yaml, origin);
        if (rootNode is null || rootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (rootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{SafeYaml.At(origin, rootNode)}: is not a YAML map; a stack file is a map with the key 'config:' holding the settings");
        }

        var problems = new List<string>();
        YamlNode? configNode = null;
        var misplaced = new List<string>();
        foreach (var (keyNode, value) in root.Children)
        {
            if (Name(keyNode, origin, "the top level", problems) is not { } key)
            {
                continue;
            }

            if (key == "config")
            {
                configNode = value;
            }
            else if (key.Contains(':', StringComparison.Ordinal))
            {
                misplaced.Add(key);
            }
            else if (!FileSettings.Contains(key, StringComparer.Ordinal))
            {
                problems.Add($"{SafeYaml.At(origin, keyNode)}: '{key}' is not a stack file setting{NearestName.Hint(key, FileSettings)}; "
                    + $"the known ones are {string.Join(", ", FileSettings)}");
            }
        }

        if (misplaced.Count > 0)
        {
            // The usual slip: keys written at the top level, which the CLI ignores, so every setting would fall back to its default.
            problems.Add($"{origin}: {string.Join(", ", misplaced)} {(misplaced.Count == 1 ? "is" : "are")} at the top level, outside 'config:'; "
                + $"{(configNode is null ? "add a line 'config:' above them and indent them under it" : "indent them under 'config:'")}");
        }

        var entries = new List<(string, string?, bool)>();
        if (configNode is YamlMappingNode config)
        {
            foreach (var (keyNode, value) in config.Children)
            {
                if (Name(keyNode, origin, "config", problems) is not { } fullKey)
                {
                    continue;
                }

                if (value is YamlScalarNode scalar && Resolve(scalar) == ResolvedScalar.Null)
                {
                    // The CLI would hand the program no value, and the setting would silently fall back to its default.
                    problems.Add($"{SafeYaml.At(origin, value)}: {fullKey} has no value (YAML null); give it one, or delete the line for the default");
                }
                else if (IsSecretShaped(value))
                {
                    if (SecureProblem((YamlMappingNode)value) is { } problem)
                    {
                        problems.Add($"{SafeYaml.At(origin, value)}: {fullKey} {problem}; fix: pulumi config set --secret '{fullKey}' < <file holding the value>");
                    }
                    else
                    {
                        entries.Add((fullKey, null, true));
                    }
                }
                else if (ConfigText(value, fullKey, origin, problems) is { } text)
                {
                    entries.Add((fullKey, text, false));
                }
            }
        }
        else if (configNode is not null && !(configNode is YamlScalarNode { } empty && Resolve(empty) == ResolvedScalar.Null))
        {
            problems.Add($"{SafeYaml.At(origin, configNode)}: 'config' is not a map of keys to values");
        }

        return problems.Count > 0 ? throw new InvalidDataException(string.Join("\n", problems)) : entries;
    }

    /// <summary>
    /// A config value as the CLI hands it over: a scalar's text (null for a YAML null), a map or list as JSON; null
    /// after recording a problem (a key that is not a name, a secret inside an object) in <paramref name="problems"/>.
    /// </summary>
    public static string? ConfigText(YamlNode node, string where, string origin, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(problems);
        if (node is YamlScalarNode scalar)
        {
            return ScalarText(scalar);
        }

        var before = problems.Count;
        var json = ToJson(node, where, origin, problems);
        return problems.Count == before ? json : null;
    }

    /// <summary>The longest key read; the lab's longest is about 40 characters.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>A map key as a name, or null after recording why it is not one (a map or list as a key, an empty key, a merge key, a control character, a key too long).</summary>
    private static string? Name(YamlNode key, string origin, string where, List<string> problems)
    {
        switch (key)
        {
            case YamlScalarNode { Value: { Length: > 0 } name } when name == "<<" && key.Tag.IsEmpty && ((YamlScalarNode)key).Style is ScalarStyle.Plain:
                problems.Add($"{SafeYaml.At(origin, key)}: {where}: YAML merge keys ('<<: *name') are not supported here; spell the settings out");
                return null;
            case YamlScalarNode { Value: { Length: > 0 } name } when name.Length > MaxKeyLength || name.Any(char.IsControl):
                // Such a key names no setting, and quoted whole in a message it would break the one-line messages.
                problems.Add($"{SafeYaml.At(origin, key)}: {where}: the key {EchoedValue.Of(name)} "
                    + (name.Length > MaxKeyLength
                        ? $"is {name.Length.ToString(CultureInfo.InvariantCulture)} characters long; every key is a name of at most {MaxKeyLength.ToString(CultureInfo.InvariantCulture)}"
                        : "holds a control character (a line break, a tab); every key is a plain name"));
                return null;
            case YamlScalarNode { Value: { Length: > 0 } name }:
                return name;
            case YamlScalarNode:
                problems.Add($"{SafeYaml.At(origin, key)}: {where}: a key is empty; every key is a name");
                return null;
            default:
                problems.Add($"{SafeYaml.At(origin, key)}: {where}: a key is a {(key is YamlSequenceNode ? "list" : "map")} (a complex key, '? ...'); every key is a plain name");
                return null;
        }
    }

    /// <summary>A Pulumi secret, or something meant as one: a map holding the key <c>secure</c>.</summary>
    private static bool IsSecretShaped(YamlNode node) =>
        node is YamlMappingNode map && map.Children.Keys.Any(k => k is YamlScalarNode { Value: "secure" });

    /// <summary>Why a map with a <c>secure</c> key is not a well-formed secret, or null when it is one.</summary>
    private static string? SecureProblem(YamlMappingNode map)
    {
        if (map.Children.Count != 1)
        {
            return "mixes 'secure:' with other keys; a secret is a map with the single key 'secure'";
        }

        return map.Children.Values.Single() switch
        {
            YamlScalarNode { Value: { Length: > 0 } } cipher when Resolve(cipher) != ResolvedScalar.Null => null,
            YamlScalarNode => "has an empty 'secure:' value, which holds no secret",
            _ => "has a 'secure:' value that is not the ciphertext text the CLI writes",
        };
    }

    /// <summary>A top-level scalar as the CLI hands it over: its text, with YAML booleans normalized; null for a YAML null.</summary>
    private static string? ScalarText(YamlScalarNode scalar) => Resolve(scalar) switch
    {
        ResolvedScalar.Null => null,
        ResolvedScalar.True => "true",
        ResolvedScalar.False => "false",
        _ => scalar.Value ?? "",
    };

    private static string ToJson(YamlNode node, string where, string origin, List<string> problems)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, where, origin, problems);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, string where, string origin, List<string> problems)
    {
        switch (node)
        {
            case YamlMappingNode map when IsSecretShaped(map):
                problems.Add($"{SafeYaml.At(origin, node)}: {where}: a secret inside an object is not supported; make it a top-level key set with --secret");
                writer.WriteNullValue();
                break;
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    if (Name(key, origin, where, problems) is { } name)
                    {
                        writer.WritePropertyName(name);
                        Write(writer, value, $"{where}.{name}", origin, problems);
                    }
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list.Children)
                {
                    Write(writer, item, $"{where}[{index++}]", origin, problems);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                problems.Add($"{SafeYaml.At(origin, node)}: {where}: unsupported YAML node {node.NodeType}");
                writer.WriteNullValue();
                break;
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
        if (scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
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
