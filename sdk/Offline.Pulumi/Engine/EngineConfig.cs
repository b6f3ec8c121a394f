using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi;

/// <summary>
/// Stack config as the Pulumi CLI hands it to a program: the PULUMI_CONFIG environment variable holds a JSON
/// object of "namespace:key" to string values, PULUMI_CONFIG_SECRET_KEYS a JSON array of the secret keys.
/// </summary>
internal sealed record EngineConfig(ImmutableDictionary<string, string> Values, ImmutableHashSet<string> SecretKeys)
{
    public static EngineConfig FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable("PULUMI_CONFIG"), Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS"));

    public static EngineConfig Parse(string? configJson, string? secretKeysJson)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>();
        if (!string.IsNullOrWhiteSpace(configJson))
        {
            using var document = JsonDocument.Parse(configJson);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                values[CleanKey(property.Name)] = text;
            }
        }
        var secrets = string.IsNullOrWhiteSpace(secretKeysJson)
            ? []
            : JsonSerializer.Deserialize<string[]>(secretKeysJson)!.Select(CleanKey).ToImmutableHashSet();
        return new EngineConfig(values.ToImmutable(), secrets);
    }

    // Older CLIs send "namespace:config:key"; programs always see "namespace:key".
    private static string CleanKey(string key)
    {
        var parts = key.Split(':');
        return parts is [var ns, "config", var rest] ? $"{ns}:{rest}" : key;
    }
}
