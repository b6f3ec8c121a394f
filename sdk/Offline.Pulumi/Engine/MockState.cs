using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace Pulumi;

/// <summary>
/// The state a mock returns, as the real SDK's mock monitor passes it over the wire: an output anywhere in it (e.g. a
/// <c>Output.CreateSecret</c> value inside a map) is replaced by its value and makes the top-level property it sits in
/// secret (or unknown), as does the engine's unknown sentinel anywhere in a property. A property never takes the
/// secrecy of another.
/// </summary>
internal static class MockState
{
    /// <summary>The plain state, and which of its top-level properties hold a secret or an unknown value.</summary>
    public static async Task<(ImmutableDictionary<string, object> Values, ImmutableHashSet<string> Secret, ImmutableHashSet<string> Unknown)> ResolveAsync(object? state)
    {
        var values = ImmutableDictionary.CreateBuilder<string, object>();
        var secret = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var unknown = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (WireConverter.Normalize(state) is not ImmutableDictionary<string, object> top)
        {
            return (values.ToImmutable(), secret.ToImmutable(), unknown.ToImmutable());
        }
        foreach (var (key, value) in top)
        {
            var marks = new Marks();
            var plain = await PlainAsync(value, marks).ConfigureAwait(false);
            if (marks.Secret)
            {
                secret.Add(key);
            }
            if (marks.Unknown)
            {
                unknown.Add(key);
            }
            values[key] = WireConverter.Normalize(plain)!;
        }
        return (values.ToImmutable(), secret.ToImmutable(), unknown.ToImmutable());
    }

    private static async Task<object?> PlainAsync(object? value, Marks marks)
    {
        switch (value)
        {
            case IOutput output:
                var data = await output.GetDataAsync().ConfigureAwait(false);
                marks.Secret |= data.IsSecret;
                marks.Unknown |= !data.IsKnown;
                return await PlainAsync(WireConverter.Normalize(data.Value), marks).ConfigureAwait(false);
            case string text:
                marks.Unknown |= text == Engine.UnknownValue;
                return text;
            case IDictionary map:
                var entries = ImmutableDictionary.CreateBuilder<string, object>();
                foreach (var key in map.Keys)
                {
                    entries[Convert.ToString(key, CultureInfo.InvariantCulture)!] = (await PlainAsync(map[key], marks).ConfigureAwait(false))!;
                }
                return entries.ToImmutable();
            case IEnumerable items:
                var list = ImmutableArray.CreateBuilder<object?>();
                foreach (var item in items)
                {
                    list.Add(await PlainAsync(item, marks).ConfigureAwait(false));
                }
                return list.ToImmutable();
            default:
                return value;
        }
    }

    private sealed class Marks
    {
        public bool Secret { get; set; }

        public bool Unknown { get; set; }
    }
}
