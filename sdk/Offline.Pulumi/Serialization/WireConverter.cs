using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Pulumi;

/// <summary>
/// Turns state values into the C# types of [Output] properties, the way the real SDK does after the wire:
/// numbers become int or double, lists ImmutableArray, maps ImmutableDictionary, nested objects [OutputType]
/// classes built through their [OutputConstructor] by parameter name.
/// </summary>
internal static class WireConverter
{
    /// <summary>Normalizes a value as the protobuf wire would: every number a double, every list and map immutable.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool => value,
        int or long or short or byte or uint or ulong or ushort or sbyte or float or decimal or double =>
            System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ when value.GetType().GetCustomAttribute<EnumTypeAttribute>() is not null => value.ToString(),
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToImmutableDictionary(
            k => System.Convert.ToString(k, CultureInfo.InvariantCulture)!, k => Normalize(dictionary[k])!),
        IEnumerable<KeyValuePair<string, object>> pairs => pairs.ToImmutableDictionary(p => p.Key, p => Normalize(p.Value)!),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToImmutableArray(),
        _ => value,
    };

    public static object? Convert(object? value, Type target, string context)
    {
        value = Normalize(value);
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null)
        {
            return target.IsValueType && underlying is null ? DefaultOf(target) : null;
        }
        target = underlying ?? target;
        if (target == typeof(object))
        {
            return value;
        }
        if (target == typeof(string))
        {
            return value as string ?? throw Mismatch(value, target, context);
        }
        if (target == typeof(bool))
        {
            return value as bool? ?? throw Mismatch(value, target, context);
        }
        if (target == typeof(int) || target == typeof(double) || target == typeof(long))
        {
            return value is double d ? System.Convert.ChangeType(d, target, CultureInfo.InvariantCulture) : throw Mismatch(value, target, context);
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = target.GetGenericArguments()[0];
            var items = value as ImmutableArray<object?>? ?? throw Mismatch(value, target, context);
            var converted = items.Select((item, i) => Convert(item, element, $"{context}[{i}]")).ToArray();
            var array = Array.CreateInstance(element, converted.Length);
            Array.Copy(converted, array, converted.Length);
            return typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [array]);
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>))
        {
            var element = target.GetGenericArguments()[1];
            var map = value as ImmutableDictionary<string, object> ?? throw Mismatch(value, target, context);
            var builder = typeof(ImmutableDictionary).GetMethods()
                .Single(m => m.Name == nameof(ImmutableDictionary.CreateBuilder) && m.GetParameters().Length == 0 && m.GetGenericArguments().Length == 2)
                .MakeGenericMethod(typeof(string), element).Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", [typeof(string), element])!;
            foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                add.Invoke(builder, [key, Convert(item, element, $"{context}.{key}")]);
            }
            return builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null);
        }
        if (target.IsValueType && target.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            // A provider enum wraps its wire value; build it through its one-value constructor.
            var constructor = target.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                .Single(c => c.GetParameters().Length == 1);
            return constructor.Invoke([Convert(value, constructor.GetParameters()[0].ParameterType, context)]);
        }
        if (target.GetCustomAttribute<OutputTypeAttribute>() is not null)
        {
            var map = value as ImmutableDictionary<string, object> ?? throw Mismatch(value, target, context);
            return Construct(map, target, context);
        }
        return target.IsInstanceOfType(value) ? value : throw Mismatch(value, target, context);
    }

    private static object Construct(ImmutableDictionary<string, object> map, Type target, string context)
    {
        var constructor = target.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .SingleOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null)
            ?? throw new InvalidOperationException($"[OutputType] {target.Name} has no [OutputConstructor].");
        var arguments = constructor.GetParameters().Select(p =>
        {
            var name = p.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? p.Name!;
            return Convert(map.GetValueOrDefault(name), p.ParameterType, $"{context}.{name}");
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    // As the real SDK's Converter: a value type the state leaves out (or sends as null) is its default, so a missing
    // list output is a default ImmutableArray (IsDefault), which throws when enumerated; it is not an empty list.
    private static object? DefaultOf(Type type) => Activator.CreateInstance(type);

    private static InvalidCastException Mismatch(object value, Type target, string context) =>
        new($"Output '{context}': a {value.GetType().Name} in the state cannot become {target.Name}.");
}
