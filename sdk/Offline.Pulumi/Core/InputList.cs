using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// A list input whose items may each be a plain value or an output. Collection initializers add to it; the
/// whole list resolves once every item has.
/// </summary>
public sealed class InputList<T> : Input<ImmutableArray<T>>, IAsyncEnumerable<Input<T>>, IEnumerable
{
    public InputList()
        : this(Pulumi.Output.Create(ImmutableArray<T>.Empty))
    {
    }

    private InputList(Output<ImmutableArray<T>> values)
        : base(values)
    {
    }

    public void Add(params Input<T>[] inputs) => AddRange(Pulumi.Output.All(inputs));

    public void Add(InputList<T> inputs) => AddRange(inputs);

    public void AddRange(InputList<T> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Output = Pulumi.Output.Tuple(Output, inputs.Output).Apply(t => t.Item1.AddRange(t.Item2));
    }

    public InputList<T> Concat(InputList<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new InputList<T>(Pulumi.Output.Tuple(Output, other.Output).Apply(t => t.Item1.AddRange(t.Item2)));
    }

    public async IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var values = await Output.DataTask.ConfigureAwait(false);
        foreach (var value in values.Value.IsDefault ? [] : values.Value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return value;
        }
    }

    // Only collection initializers use IEnumerable; an input list has no items to enumerate synchronously.
    IEnumerator IEnumerable.GetEnumerator() =>
        throw new NotSupportedException("An InputList cannot be enumerated synchronously; use its output with Apply.");

    public static implicit operator InputList<T>(T value) => new() { value };

    public static implicit operator InputList<T>(T[] values) => ImmutableArray.Create(values);

    public static implicit operator InputList<T>(List<T> values) => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(ImmutableArray<T> values) => new(Pulumi.Output.Create(values));

    public static implicit operator InputList<T>(Input<T> value) => new() { value };

    public static implicit operator InputList<T>(Output<T> value) => new() { value };

    public static implicit operator InputList<T>(Input<T>[] values) => new() { values };

    public static implicit operator InputList<T>(Output<T>[] values) => new(Pulumi.Output.All(values));

    public static implicit operator InputList<T>(List<Input<T>> values) => new(Pulumi.Output.All(values));

    public static implicit operator InputList<T>(List<Output<T>> values) => new(Pulumi.Output.All(values));

    public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new(values);

    public static implicit operator InputList<T>(Output<IEnumerable<T>> values) =>
        new(values.Apply(v => ImmutableArray.CreateRange(v)));

    public static implicit operator InputList<T>(Output<List<T>> values) =>
        new(values.Apply(v => ImmutableArray.CreateRange(v)));

    public static implicit operator InputList<T>(Output<T[]> values) =>
        new(values.Apply(v => ImmutableArray.Create(v)));
}
