using System.Reflection;
using Pulumi;

namespace Consumer.App.Synth;

/// <summary>
/// Which inputs of a resource's args are secret, by input name. It reads the [Input] attributes through reflection
/// metadata and secrecy through the SDK's public <c>Output.IsSecretAsync</c>, so it works under both SDKs. Top-level
/// inputs only: the consumer's resources pass no secret in a nested input.
/// </summary>
internal static class SecretInputs
{
    public static async Task<ISet<string>> OfAsync(ResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var secret = new SortedSet<string>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = args.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var member in type.GetMembers(all))
            {
                var attribute = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute));
                if (attribute?.ConstructorArguments[0].Value is not string name)
                {
                    continue;
                }
                var value = member switch
                {
                    PropertyInfo property => property.GetValue(args),
                    FieldInfo field => field.GetValue(args),
                    _ => null,
                };
                if (value is not null && ElementType(value.GetType()) is { } element && await IsSecretAsync(value, element).ConfigureAwait(false))
                {
                    secret.Add(name);
                }
            }
        }
        return secret;
    }

    private static async Task<bool> IsSecretAsync(object input, Type element)
    {
        var output = input.GetType().IsGenericType && input.GetType().GetGenericTypeDefinition() == typeof(Output<>)
            ? input
            : typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!.MakeGenericMethod(element).Invoke(null, [input])!;
        var task = (Task<bool>)typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(element).Invoke(null, [output])!;
        return await task.ConfigureAwait(false);
    }

    private static Type? ElementType(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Input<>) || type.GetGenericTypeDefinition() == typeof(Output<>)))
            {
                return type.GetGenericArguments()[0];
            }
        }
        return null;
    }
}
