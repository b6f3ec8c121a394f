using System.Text.Json;
using Lab.Infra.Config;

namespace Lab.Infra;

/// <summary>The stack's config as Pulumi hands it to the program, seen through <see cref="IConfigSource"/>.</summary>
internal sealed class PulumiConfigSource(Pulumi.Config config) : IConfigSource
{
    public string? Get(string key) => config.Get(key);

    // GetSecret, not Get: reading a secret with Get makes Pulumi warn that the value is no longer treated as secret.
    public bool HasSecret(string key) => config.GetSecret(key) is not null;

    public Pulumi.Output<string> Secret(string key) => config.RequireSecret(key);

    /// <summary>
    /// The keys of PULUMI_CONFIG, the JSON object of every config key through which the CLI hands config to a program
    /// (the SDK reads it the same way); Pulumi.Config itself cannot list its keys.
    /// </summary>
    public IReadOnlyCollection<string> AllKeys => KeysOf(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));

    internal static IReadOnlyCollection<string> KeysOf(string? configJson)
    {
        if (string.IsNullOrEmpty(configJson))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(configJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var own = ConfigKeys.Project + ":";
            return [.. document.RootElement.EnumerateObject().Select(p => Normalize(p.Name)).Select(key => key.StartsWith(own, StringComparison.Ordinal) ? key[own.Length..] : key)];
        }
        catch (JsonException)
        {
            // Not this program's to judge: the SDK reports a malformed PULUMI_CONFIG itself.
            return [];
        }
    }

    /// <summary>The SDK's reading of the old <c>ns:config:name</c> form as <c>ns:name</c>.</summary>
    private static string Normalize(string key)
    {
        var parts = key.Split(':');
        return parts is [var ns, "config", var name] ? $"{ns}:{name}" : key;
    }
}
