using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi;

/// <summary>
/// Base of every resource. Creating one runs its transformations, settles its parent and provider, gives its
/// [Output] properties outputs that resolve once the engine has registered it, and starts that registration.
/// </summary>
public class Resource
{
    internal const string StackType = "pulumi:pulumi:Stack";

    private readonly string _type;
    private readonly string _name;
    private readonly TaskCompletionSource<OutputData<string>> _urn = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected Resource(string type, string name, bool custom, ResourceArgs args, ResourceOptions options, bool remote = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        var engine = Engine.Current ?? throw new InvalidOperationException(
            $"Resource '{name}' of type '{type}' was created outside a deployment: create resources inside Deployment.RunAsync or Deployment.TestAsync.");

        _type = type;
        _name = name;
        IsCustom = custom;
        Urn = new Output<string>(_urn.Task);

        var parent = type == StackType ? null : options.Parent ?? engine.Stack;
        var inherited = parent?.Transformations ?? [];
        foreach (var transformation in options.ResourceTransformations.Concat(inherited))
        {
            if (transformation(new ResourceTransformationArgs(this, args, options)) is not { } result)
            {
                continue;
            }
            if (result.Options.Parent != options.Parent)
            {
                throw new ArgumentException($"Transformations cannot change the parent of resource '{name}' ({type}).");
            }
            (args, options) = (result.Args, result.Options);
        }

        Parent = parent;
        Args = args;
        Options = options;
        Transformations = [.. options.ResourceTransformations, .. inherited];
        Package = type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? type["pulumi:providers:".Length..] : type.Split(':')[0];
        var parentProviders = parent?.Providers ?? ImmutableDictionary<string, ProviderResource>.Empty;
        if (custom)
        {
            Provider = options.Provider ?? parentProviders.GetValueOrDefault(Package);
            Providers = parentProviders;
        }
        else
        {
            var own = (options as ComponentResourceOptions)?.Providers ?? [];
            Providers = own.Concat(options.Provider is null ? [] : [options.Provider])
                .Aggregate(parentProviders, (map, provider) => map.SetItem(provider.Package, provider));
        }
        if (type == StackType)
        {
            engine.Stack = this;
        }
        OutputSlots = custom || remote ? OutputSlot.CreateFor(this) : [];
        engine.Register(this);
    }

    [Output("urn")]
    public Output<string> Urn { get; }

    internal bool IsCustom { get; }

    internal Resource? Parent { get; }

    internal ResourceArgs Args { get; }

    internal ResourceOptions Options { get; }

    internal IReadOnlyList<ResourceTransformation> Transformations { get; }

    /// <summary>The package that provides this resource: the first segment of its type token.</summary>
    internal string Package { get; }

    /// <summary>The explicit provider of a custom resource, given directly or inherited from an ancestor.</summary>
    internal ProviderResource? Provider { get; }

    /// <summary>The providers children of this resource inherit, by package.</summary>
    internal ImmutableDictionary<string, ProviderResource> Providers { get; }

    /// <summary>The [Output] properties the engine fills from the registered state, by output name.</summary>
    internal IReadOnlyList<OutputSlot> OutputSlots { get; }

    public string GetResourceName() => _name;

    public string GetResourceType() => _type;

    internal void ResolveUrn(string urn) => _urn.TrySetResult(OutputData<string>.Known(urn));

    internal virtual void Fail(Exception error)
    {
        _urn.TrySetException(error);
        foreach (var slot in OutputSlots)
        {
            slot.Fail(error);
        }
    }

    /// <summary>The name an [Output] property has in the resource state: the attribute's name, else the property's.</summary>
    internal static string OutputName(PropertyInfo property) => property.GetCustomAttribute<OutputAttribute>()!.Name ?? property.Name;

    internal static IEnumerable<PropertyInfo> OutputProperties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetCustomAttribute<OutputAttribute>() is not null && p.DeclaringType != typeof(Resource)
                && p.DeclaringType != typeof(CustomResource));
}
