using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Flattens inputs to their leaves by path, in synth's path spelling (<c>a.b</c> into objects, <c>a[0]</c> into
/// arrays), so that two resources compare leaf by leaf. An empty object or array is a leaf of its own, so that adding
/// or emptying one shows.
/// </summary>
internal static class InputLeaves
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every leaf of <paramref name="inputs"/>: its path and its value as JSON text.</summary>
    public static SortedDictionary<string, string> Of(JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var leaves = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in inputs)
        {
            Walk(value, key, leaves);
        }
        return leaves;
    }

    /// <summary>The leaf's value as a reader sees it: a string without its quotes, anything else as JSON.</summary>
    public static string Display(string json) =>
        JsonNode.Parse(json) is JsonValue value && value.TryGetValue<string>(out var text) ? text : json;

    private static void Walk(JsonNode? node, string path, SortedDictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject map when map.Count > 0:
                foreach (var (key, value) in map)
                {
                    Walk(value, $"{path}.{key}", leaves);
                }
                break;
            case JsonArray list when list.Count > 0:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], $"{path}[{i}]", leaves);
                }
                break;
            default:
                leaves[path] = node?.ToJsonString(Compact) ?? "null";
                break;
        }
    }
}
