using System.Text.Json;

namespace Lab.Tests.Support;

/// <summary>Structural checks on rendered JSON: parse once, then compare a block with an expected snippet.</summary>
public static class JsonAssert
{
    /// <summary>The root of <paramref name="json"/>, usable after its document is gone.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts that <paramref name="actual"/> equals <paramref name="expected"/> as JSON (key order aside).</summary>
    public static void Matches(JsonElement actual, string expected)
    {
        var wanted = Parse(expected);
        Assert.That(JsonElement.DeepEquals(actual, wanted), Is.True,
            $"expected {JsonSerializer.Serialize(wanted)} but was {JsonSerializer.Serialize(actual)}");
    }
}
