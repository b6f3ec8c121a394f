using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// What an output carries besides its value: whether the value is known (it is not during a preview, for
/// anything a provider computes), whether it is secret, and which resources it came from.
/// </summary>
internal readonly record struct OutputData<T>(T Value, bool IsKnown, bool IsSecret, ImmutableHashSet<Resource> Resources)
{
    public static OutputData<T> Known(T value, bool isSecret = false) =>
        new(value, true, isSecret, ImmutableHashSet<Resource>.Empty);

    public static OutputData<T> Unknown(bool isSecret, ImmutableHashSet<Resource> resources) =>
        new(default!, false, isSecret, resources);
}

/// <summary>The one rule for a value made of several outputs' values.</summary>
internal static class OutputData
{
    /// <summary>Known only if every part is, secret if any part is, depending on every part's resources.</summary>
    public static OutputData<TResult> Combine<TResult>(IReadOnlyCollection<OutputData<object?>> parts, Func<TResult> value)
    {
        var resources = parts.Aggregate(ImmutableHashSet<Resource>.Empty, (set, p) => set.Union(p.Resources));
        var isSecret = parts.Any(p => p.IsSecret);
        return parts.All(p => p.IsKnown)
            ? new OutputData<TResult>(value(), true, isSecret, resources)
            : OutputData<TResult>.Unknown(isSecret, resources);
    }
}

/// <summary>Untyped access to an output, for code that walks inputs whose element type is only known at run time.</summary>
internal interface IOutput
{
    Type ValueType { get; }

    Task<OutputData<object?>> GetDataAsync();
}
