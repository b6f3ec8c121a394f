using System.Collections.Immutable;
using System.Text.Json;
using Lab.Infra.Config;
using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Synth;

/// <summary>
/// A stack's config as the Pulumi CLI would hand it to the program: the stack file's <c>config:</c> (read by
/// <see cref="StackFile"/>) over the defaults declared in <c>Pulumi.yaml</c>, keys fully qualified
/// (<c>homelab:domain</c>). <c>secure:</c> values cannot be decrypted offline: they count as present secrets
/// holding a placeholder.
/// </summary>
internal sealed record ProjectConfig(string ProjectName, ImmutableSortedDictionary<string, string> Values, ImmutableSortedSet<string> SecretKeys)
{
    /// <summary>What a <c>secure:</c> value reads as offline.</summary>
    public const string SecretPlaceholder = "offline-secret-placeholder";

    /// <summary>Loads <c>Pulumi.yaml</c> and <c>Pulumi.&lt;stack&gt;.yaml</c> from <paramref name="root"/>.</summary>
    /// <exception cref="StackFileException">A file is missing or is not a valid project or stack file.</exception>
    public static ProjectConfig Load(string root, string stack)
    {
        if (StackName.Problem(stack) is { } problem)
        {
            throw new StackFileException($"stack '{stack}': {problem}");
        }
        var stackPath = StackFile.PathOf(root, stack);
        if (!File.Exists(stackPath))
        {
            var known = Directory.GetFiles(root, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]).Order(StringComparer.Ordinal);
            throw new StackFileException($"unknown stack '{stack}': there is no Pulumi.{stack}.yaml in {root} (stacks: {string.Join(", ", known)}).");
        }
        var (projectName, defaults) = ReadProject(Path.Combine(root, "Pulumi.yaml"));
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        values.AddRange(defaults);
        var secrets = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        try
        {
            foreach (var (key, text, isSecret) in StackFile.Entries(SafeYaml.ReadFile(stackPath, Path.GetFileName(stackPath)), Path.GetFileName(stackPath)))
            {
                var fullKey = Qualify(key, projectName);
                if (isSecret)
                {
                    secrets.Add(fullKey);
                }
                if (isSecret || text is not null)
                {
                    values[fullKey] = isSecret ? SecretPlaceholder : text!;
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new StackFileException(e.Message);
        }
        return new ProjectConfig(projectName, values.ToImmutable(), secrets.ToImmutable());
    }

    /// <summary>The config of the project's own namespace, as the program's config reader sees it.</summary>
    public IConfigSource ToSource() => new DictionaryConfigSource(
        Values.Where(p => IsOwn(p.Key) && !SecretKeys.Contains(p.Key)).ToDictionary(p => Unqualify(p.Key), p => p.Value),
        [.. SecretKeys.Where(IsOwn).Select(Unqualify)],
        [.. Values.Keys.Where(key => !IsOwn(key))]);

    /// <summary>PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS, the way the CLI passes config to a program.</summary>
    public (string Config, string SecretKeys) ToEnvironment() =>
        (JsonSerializer.Serialize(Values), JsonSerializer.Serialize(SecretKeys));

    private bool IsOwn(string fullKey) => fullKey.StartsWith(ProjectName + ":", StringComparison.Ordinal);

    private string Unqualify(string fullKey) => fullKey[(ProjectName.Length + 1)..];

    private static string Qualify(string key, string projectName) =>
        key.Contains(':', StringComparison.Ordinal) ? key : $"{projectName}:{key}";

    /// <summary>The project's name and the defaults its <c>config:</c> section declares, by full key.</summary>
    private static (string Name, Dictionary<string, string> Defaults) ReadProject(string path)
    {
        YamlMappingNode project;
        try
        {
            project = SafeYaml.Load(SafeYaml.ReadFile(path, "Pulumi.yaml"), "Pulumi.yaml") as YamlMappingNode
                ?? throw new StackFileException("Pulumi.yaml is not a YAML mapping.");
        }
        catch (InvalidDataException e)
        {
            throw new StackFileException(e.Message);
        }
        catch (FileNotFoundException)
        {
            throw new StackFileException($"Pulumi.yaml not found at {path}.");
        }
        var name = (Child(project, "name") as YamlScalarNode)?.Value
            ?? throw new StackFileException("Pulumi.yaml has no 'name': it must name the project.");
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (Child(project, "config") is YamlMappingNode config)
        {
            foreach (var (keyNode, declaration) in config.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
                {
                    problems.Add($"{SafeYaml.At("Pulumi.yaml", keyNode)}: config: a key is not a plain name");
                    continue;
                }

                // A declaration holds its default under `default` (typed keys) or `value`; anything else is the value itself.
                var value = declaration is YamlMappingNode map && (Child(map, "type") is not null || Child(map, "default") is not null || Child(map, "value") is not null)
                    ? Child(map, "default") ?? Child(map, "value")
                    : declaration;
                if (value is not null && StackFile.ConfigText(value, key, "Pulumi.yaml", problems) is { } text)
                {
                    defaults[Qualify(key, name)] = text;
                }
            }
        }
        return problems.Count > 0 ? throw new StackFileException(string.Join("\n", problems)) : (name, defaults);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}

/// <summary>A stack or project file that synth cannot use; the message names the file and the problem.</summary>
internal sealed class StackFileException(string message) : Exception(message);
