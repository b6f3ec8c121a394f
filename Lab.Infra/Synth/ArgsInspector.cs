using System.Collections;
using System.Reflection;
using Pulumi;

namespace Lab.Infra.Synth;

/// <summary>
/// Finds, in an args object, which inputs are secret (as paths like <c>ssh.privateKey</c> or
/// <c>disks[0].key</c>) and which resources the inputs depend on. It reads [Input] attributes through
/// reflection metadata and outputs through the public test helpers, so it works with the real SDK too.
/// </summary>
internal static class ArgsInspector
{
    public static async Task<(ISet<string> SecretPaths, ISet<Resource> Dependencies)> InspectAsync(object args)
    {
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        var dependencies = new HashSet<Resource>();
        await WalkArgsAsync(args, "", secrets, dependencies).ConfigureAwait(false);
        return (secrets, dependencies);
    }

    private static async Task WalkArgsAsync(object args, string prefix, ISet<string> secrets, ISet<Resource> dependencies)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        for (var type = args.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var member in type.GetMembers(all | BindingFlags.DeclaredOnly))
            {
                var attribute = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute));
                if (attribute is null || attribute.ConstructorArguments[0].Value is not string name)
                {
                    continue;
                }
                var value = member switch
                {
                    PropertyInfo property => property.GetValue(args),
                    FieldInfo field => field.GetValue(args),
                    _ => null,
                };
                if (value is not null)
                {
                    await WalkValueAsync(value, prefix + name, secrets, dependencies).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task WalkValueAsync(object value, string path, ISet<string> secrets, ISet<Resource> dependencies)
    {
        if (InputElementType(value.GetType()) is { } elementType)
        {
            var output = value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Output<>)
                ? value
                : typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!.MakeGenericMethod(elementType).Invoke(null, [value])!;
            var isSecret = await UntypedOutputs.IsSecretAsync(output, elementType).ConfigureAwait(false);
            var resources = await UntypedOutputs.GetDependenciesAsync(output, elementType).ConfigureAwait(false);
            dependencies.UnionWith(resources);
            if (isSecret)
            {
                secrets.Add(path);
                return;
            }
            var inner = await UntypedOutputs.GetValueAsync(output, elementType).ConfigureAwait(false);
            if (inner is not null)
            {
                await WalkValueAsync(inner, path, secrets, dependencies).ConfigureAwait(false);
            }
            return;
        }
        switch (value)
        {
            case InputArgs nested:
                await WalkArgsAsync(nested, path + ".", secrets, dependencies).ConfigureAwait(false);
                break;
            case IEnumerable items and not string and not IDictionary:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        await WalkValueAsync(item, $"{path}[{index}]", secrets, dependencies).ConfigureAwait(false);
                    }
                    index++;
                }
                break;
        }
    }

    private static Type? InputElementType(Type? type)
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
