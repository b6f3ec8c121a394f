using System.Text.Json;
using System.Text.Json.Serialization;
using Lab.Infra.Config;

namespace Lab.Tests.Config;

/// <summary>A config as JSON, to compare whole configs (records holding lists compare lists by reference).</summary>
internal static class ConfigJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(LabConfig config) => JsonSerializer.Serialize(config, Options);
}
