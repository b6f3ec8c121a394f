using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// Reads the outputs of another stack, named <c>organization/project/stack</c>. The engine reads it (it has an id, the
/// stack's name), so a mock sees type <c>pulumi:pulumi:StackReference</c>, input <c>name</c> and that id, and its state
/// gives <c>outputs</c>, <c>secretOutputNames</c> and <c>name</c>.
/// </summary>
public class StackReference : CustomResource
{
    public StackReference(string name, StackReferenceArgs? args = null, CustomResourceOptions? options = null)
        : base("pulumi:pulumi:StackReference", name, new StackReferenceArgs { Name = args?.Name ?? name },
            CustomResourceOptions.Merge(options, new CustomResourceOptions { Id = args?.Name ?? name }))
    {
    }

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("outputs")]
    public Output<ImmutableDictionary<string, object>> Outputs { get; private set; } = null!;

    [Output("secretOutputNames")]
    public Output<ImmutableArray<string>> SecretOutputNames { get; private set; } = null!;

    /// <summary>
    /// The named output, or null when the other stack has no such output. Secret exactly when
    /// <see cref="SecretOutputNames"/> lists the name (not because some other output is secret); only while the names
    /// are unknown does it take the secrecy of <see cref="Outputs"/> as a whole.
    /// </summary>
    public Output<object?> GetOutput(Input<string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var value = Output.Tuple(name.ToOutput(), Outputs).Apply(t => t.Item2.TryGetValue(t.Item1, out var found) ? found : null);
        return WithSecrecyOfName(value, name);
    }

    /// <summary>The named output; fails naming the output and the stack (<see cref="Name"/>) when there is no such output.</summary>
    public Output<object> RequireOutput(Input<string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var value = Output.Tuple(name.ToOutput(), Name, Outputs).Apply(t => t.Item3.TryGetValue(t.Item1, out var found)
            ? found
            : throw new KeyNotFoundException($"Required output '{t.Item1}' does not exist on stack '{t.Item2}'."));
        return WithSecrecyOfName(value, name);
    }

    private Output<T> WithSecrecyOfName<T>(Output<T> value, Input<string> name) =>
        new(WithSecrecyAsync(value.DataTask, IsSecretOutputNameAsync(name)));

    private static async Task<OutputData<T>> WithSecrecyAsync<T>(Task<OutputData<T>> data, Task<bool> isSecret)
    {
        var value = await data.ConfigureAwait(false);
        return value with { IsSecret = await isSecret.ConfigureAwait(false) };
    }

    private async Task<bool> IsSecretOutputNameAsync(Input<string> name)
    {
        var key = await name.ToOutput().DataTask.ConfigureAwait(false);
        var secretNames = await SecretOutputNames.DataTask.ConfigureAwait(false);
        if (!key.IsKnown || !secretNames.IsKnown)
        {
            return (await Outputs.DataTask.ConfigureAwait(false)).IsSecret;
        }
        // As in the real SDK, state without secretOutputNames leaves a default array here, and this throws.
        return secretNames.Value.Contains(key.Value);
    }
}

/// <summary>Args of a stack reference: the full name of the stack to read.</summary>
public class StackReferenceArgs : ResourceArgs
{
    [Input("name", true, false)]
    public Input<string>? Name { get; set; }
}
