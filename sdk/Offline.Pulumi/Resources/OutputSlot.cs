using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi;

/// <summary>
/// One [Output] property of a resource, given an output when the resource is created and resolved from the
/// state the engine (here: the mocks) returns for it.
/// </summary>
internal abstract class OutputSlot
{
    protected OutputSlot(string name) => Name = name;

    /// <summary>The output's name in the resource state.</summary>
    public string Name { get; }

    public abstract void Resolve(object? wireValue, bool isKnown, bool isSecret, Resource resource);

    public abstract void Fail(Exception error);

    public static ImmutableArray<OutputSlot> CreateFor(Resource resource) =>
        [.. Resource.OutputProperties(resource.GetType()).Select(property => Create(resource, property))];

    private static OutputSlot Create(Resource resource, PropertyInfo property)
    {
        var type = property.PropertyType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Output<>))
        {
            throw new InvalidOperationException(
                $"[Output] property {property.DeclaringType?.Name}.{property.Name} must be of type Output<T>, not {type.Name}.");
        }
        var name = Resource.OutputName(property);
        var slotType = typeof(OutputSlot<>).MakeGenericType(type.GetGenericArguments()[0]);
        var slot = (OutputSlot)Activator.CreateInstance(slotType, name)!;
        var setter = property.GetSetMethod(nonPublic: true) ?? throw new InvalidOperationException(
            $"[Output] property {property.DeclaringType?.Name}.{property.Name} needs a (private) setter.");
        setter.Invoke(resource, [slot.UntypedOutput]);
        return slot;
    }

    protected abstract object UntypedOutput { get; }
}

internal sealed class OutputSlot<T>(string name) : OutputSlot(name)
{
    private readonly TaskCompletionSource<OutputData<T>> _source = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Output<T> Output => field ??= new Output<T>(_source.Task);

    protected override object UntypedOutput => Output;

    public override void Resolve(object? wireValue, bool isKnown, bool isSecret, Resource resource)
    {
        try
        {
            var value = isKnown ? (T)WireConverter.Convert(wireValue, typeof(T), $"{resource.GetResourceType()}.{Name}")! : default!;
            _source.TrySetResult(new OutputData<T>(value, isKnown, isSecret, [resource]));
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or InvalidOperationException or OverflowException)
        {
            _source.TrySetException(e);
        }
    }

    public override void Fail(Exception error) => _source.TrySetException(error);
}
