using System.Collections.Immutable;
using System.Text.Json;

namespace Consumer.App.Synth;

/// <summary>
/// The lab stack's outputs as the lab's own synth wrote them (<c>artifacts/synth/&lt;stack&gt;/outputs.json</c>): every
/// output by name, a secret one as the text <c>[secret]</c>. They stand for what a stack reference reads from the lab.
/// </summary>
/// <param name="Values">Each output's value: strings, numbers (double), booleans, lists and maps, as the engine sends them.</param>
/// <param name="SecretNames">The outputs the lab's synth wrote as <see cref="SecretText"/>.</param>
internal sealed record LabSynthOutputs(ImmutableSortedDictionary<string, object> Values, ImmutableArray<string> SecretNames)
{
    /// <summary>How the lab's synth writes a secret output.</summary>
    public const string SecretText = "[secret]";

    /// <summary>The outputs in <paramref name="json"/>; throws <see cref="JsonException"/> when it is not a JSON object.</summary>
    public static LabSynthOutputs Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("it is not a JSON object of outputs");
        }
        var values = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            // A null output is one the lab left unset; the engine sends no value for it.
            if (Plain(property.Value) is { } value)
            {
                values[property.Name] = value;
            }
        }
        var secrets = values.Where(p => p.Value is SecretText).Select(p => p.Key).ToImmutableArray();
        return new LabSynthOutputs(values.ToImmutable(), secrets);
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).Where(v => v is not null).Select(v => v!).ToImmutableArray(),
        JsonValueKind.Object => element.EnumerateObject().Where(p => Plain(p.Value) is not null).ToImmutableDictionary(p => p.Name, p => Plain(p.Value)!, StringComparer.Ordinal),
        _ => null,
    };
}
