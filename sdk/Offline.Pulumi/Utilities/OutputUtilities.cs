using System.Collections.Immutable;

namespace Pulumi.Utilities;

/// <summary>Reads what an output holds; meant for tests and debugging, never for program logic.</summary>
public static class OutputUtilities
{
    /// <summary>The value, or default when it is unknown (as in a preview).</summary>
    public static async Task<T> GetValueAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return (await output.DataTask.ConfigureAwait(false)).Value;
    }

    public static async Task<bool> GetIsKnownAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return (await output.DataTask.ConfigureAwait(false)).IsKnown;
    }

    public static async Task<ImmutableHashSet<Resource>> GetDependenciesAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return (await output.DataTask.ConfigureAwait(false)).Resources;
    }

    /// <summary>An output whose value is not known, as a provider-computed value is in a preview.</summary>
    public static Output<T> CreateUnknown<T>(T value) =>
        new(Task.FromResult(OutputData<T>.Unknown(false, ImmutableHashSet<Resource>.Empty) with { Value = value }));

    public static Output<T> CreateUnknown<T>(Func<Task<T>> valueFactory)
    {
        ArgumentNullException.ThrowIfNull(valueFactory);
        return new Output<T>(UnknownAsync(valueFactory));
    }

    public static Output<T> WithDependency<T>(Output<T> output, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new Output<T>(WithAsync(output, resource));
    }

    private static async Task<OutputData<T>> UnknownAsync<T>(Func<Task<T>> valueFactory) =>
        OutputData<T>.Unknown(false, ImmutableHashSet<Resource>.Empty) with { Value = await valueFactory().ConfigureAwait(false) };

    private static async Task<OutputData<T>> WithAsync<T>(Output<T> output, Resource resource)
    {
        var data = await output.DataTask.ConfigureAwait(false);
        return data with { Resources = data.Resources.Add(resource) };
    }
}
