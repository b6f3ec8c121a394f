using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Pulumi;

/// <summary>
/// The inputs of one resource as the engine receives them: each [Input] by its name, nested args as maps,
/// lists as arrays, numbers as doubles, secrets unwrapped but remembered, unknown and unset values left out.
/// </summary>
internal sealed record SerializedInputs(
    ImmutableDictionary<string, object> Values,
    ImmutableHashSet<string> SecretNames,
    ImmutableHashSet<string> UnknownNames,
    ImmutableHashSet<Resource> Dependencies);

internal static class InputSerializer
{
    public static async Task<SerializedInputs> SerializeAsync(InputArgs args, string context)
    {
        var values = ImmutableDictionary.CreateBuilder<string, object>();
        var secrets = ImmutableHashSet.CreateBuilder<string>();
        var unknowns = ImmutableHashSet.CreateBuilder<string>();
        var dependencies = ImmutableHashSet.CreateBuilder<Resource>();
        foreach (var (attribute, member, value) in InputMembers(args))
        {
            if (value is null)
            {
                if (attribute.IsRequired)
                {
                    throw new ArgumentNullException(attribute.Name,
                        $"{context}: input '{attribute.Name}' ({args.GetType().Name}.{member}) is required but was not given a value.");
                }
                continue;
            }
            var serialized = await SerializeValueAsync(value, $"{context}.{attribute.Name}").ConfigureAwait(false);
            dependencies.UnionWith(serialized.Resources);
            if (serialized.IsSecret)
            {
                secrets.Add(attribute.Name);
            }
            if (!serialized.IsKnown)
            {
                unknowns.Add(attribute.Name);
                continue;
            }
            if (serialized.Value is null)
            {
                continue;
            }
            values[attribute.Name] = attribute.Json ? JsonSerializer.Serialize(serialized.Value) : serialized.Value;
        }
        return new SerializedInputs(values.ToImmutable(), secrets.ToImmutable(), unknowns.ToImmutable(), dependencies.ToImmutable());
    }

    /// <summary>Every [Input] property or field of an args object with its current value, in declaration order.</summary>
    public static IEnumerable<(InputAttribute Attribute, string Member, object? Value)> InputMembers(InputArgs args)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        for (var type = args.GetType(); type is not null && type != typeof(InputArgs); type = type.BaseType)
        {
            foreach (var member in type.GetMembers(all | BindingFlags.DeclaredOnly).OrderBy(m => m.MetadataToken))
            {
                if (member.GetCustomAttribute<InputAttribute>() is not { } attribute)
                {
                    continue;
                }
                var value = member switch
                {
                    PropertyInfo property => property.GetValue(args),
                    FieldInfo field => field.GetValue(args),
                    _ => null,
                };
                yield return (attribute, member.Name, value);
            }
        }
    }

    private static async Task<OutputData<object?>> SerializeValueAsync(object? value, string context)
    {
        switch (value)
        {
            case null:
                return OutputData<object?>.Known(null);
            case IInput input:
                return await SerializeOutputAsync(input.UntypedOutput, context).ConfigureAwait(false);
            case IOutput output:
                return await SerializeOutputAsync(output, context).ConfigureAwait(false);
            case InputArgs nested:
                var inner = await SerializeAsync(nested, context).ConfigureAwait(false);
                return new OutputData<object?>(inner.Values, inner.UnknownNames.IsEmpty, !inner.SecretNames.IsEmpty, inner.Dependencies);
            case CustomResource resource:
                return await SerializeOutputAsync(resource.Id, context).ConfigureAwait(false);
            case Resource resource:
                return await SerializeOutputAsync(resource.Urn, context).ConfigureAwait(false);
            case AssetOrArchive:
                return OutputData<object?>.Known(value);
            case string or bool:
                return OutputData<object?>.Known(value);
            case IDictionary dictionary:
                return await SerializeMapAsync(dictionary, context).ConfigureAwait(false);
            case IEnumerable items:
                return await SerializeListAsync(items, context).ConfigureAwait(false);
            default:
                return OutputData<object?>.Known(WireConverter.Normalize(value));
        }
    }

    private static async Task<OutputData<object?>> SerializeOutputAsync(IOutput output, string context)
    {
        var data = await output.GetDataAsync().ConfigureAwait(false);
        if (!data.IsKnown)
        {
            return OutputData<object?>.Unknown(data.IsSecret, data.Resources);
        }
        var inner = await SerializeValueAsync(data.Value, context).ConfigureAwait(false);
        return new OutputData<object?>(inner.Value, inner.IsKnown, data.IsSecret || inner.IsSecret, data.Resources.Union(inner.Resources));
    }

    private static async Task<OutputData<object?>> SerializeListAsync(IEnumerable items, string context)
    {
        var parts = new List<OutputData<object?>>();
        var index = 0;
        foreach (var item in items)
        {
            parts.Add(await SerializeValueAsync(item, $"{context}[{index++}]").ConfigureAwait(false));
        }
        return OutputData.Combine<object?>(parts, () => parts.Select(p => p.Value).ToImmutableArray());
    }

    private static async Task<OutputData<object?>> SerializeMapAsync(IDictionary dictionary, string context)
    {
        var parts = new SortedDictionary<string, OutputData<object?>>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!;
            parts[key] = await SerializeValueAsync(entry.Value, $"{context}.{key}").ConfigureAwait(false);
        }
        var map = parts.Where(p => p.Value.IsKnown && p.Value.Value is not null).ToImmutableDictionary(p => p.Key, p => p.Value.Value!);
        return OutputData.Combine<object?>(parts.Values, () => map);
    }
}
