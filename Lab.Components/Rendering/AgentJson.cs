using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lab.Components.Rendering;

/// <summary>
/// The one way the agent configs are written as JSON: snake_case keys from the document records, two-space indent,
/// <c>"\n"</c> line endings, absent (null) blocks left out, and a final newline.
/// </summary>
internal static class AgentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The default encoder escapes '+' (common in base64 gossip keys) as \u002B; these files are read by
        // Consul and Nomad, not embedded in HTML, so only what JSON itself requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes <paramref name="document"/> (dictionary keys kept as given) and ends it with a newline.</summary>
    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options) + "\n";
}
