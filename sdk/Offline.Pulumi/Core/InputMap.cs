using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>A string-keyed map input whose values may each be a plain value or an output.</summary>
public sealed class InputMap<TValue> : Input<ImmutableDictionary<string, TValue>>,
    IAsyncEnumerable<Input<KeyValuePair<string, TValue>>>, IEnumerable
{
    public InputMap()
        : this(Pulumi.Output.Create(ImmutableDictionary<string, TValue>.Empty))
    {
    }

    private InputMap(Output<ImmutableDictionary<string, TValue>> values)
        : base(values)
    {
    }

    public Input<TValue> this[string key]
    {
        set => Add(key, value);
    }

    public void Add(string key, Input<TValue> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Output = Pulumi.Output.Tuple(Output, value.Output).Apply(t => t.Item1.SetItem(key, t.Item2));
    }

    public void Add(InputMap<TValue> values) => AddRange(values);

    public void AddRange(InputMap<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Output = Pulumi.Output.Tuple(Output, values.Output).Apply(t => t.Item1.SetItems(t.Item2));
    }

    public static InputMap<TValue> Merge(InputMap<TValue> first, InputMap<TValue> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new InputMap<TValue>(Pulumi.Output.Tuple(first.Output, second.Output).Apply(t => t.Item1.SetItems(t.Item2)));
    }

    public async IAsyncEnumerator<Input<KeyValuePair<string, TValue>>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var values = await Output.DataTask.ConfigureAwait(false);
        foreach (var pair in values.Value ?? ImmutableDictionary<string, TValue>.Empty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return pair;
        }
    }

    // Only collection initializers use IEnumerable; a map input cannot be enumerated synchronously.
    IEnumerator IEnumerable.GetEnumerator() =>
        throw new NotSupportedException("An InputMap cannot be enumerated synchronously; use its output with Apply.");

    public static implicit operator InputMap<TValue>(Dictionary<string, TValue> values) =>
        ImmutableDictionary.CreateRange(values);

    public static implicit operator InputMap<TValue>(ImmutableDictionary<string, TValue> values) =>
        new(Pulumi.Output.Create(values));

    public static implicit operator InputMap<TValue>(Output<Dictionary<string, TValue>> values) =>
        new(values.Apply(v => ImmutableDictionary.CreateRange(v)));

    public static implicit operator InputMap<TValue>(Output<IDictionary<string, TValue>> values) =>
        new(values.Apply(v => ImmutableDictionary.CreateRange(v)));

    public static implicit operator InputMap<TValue>(Output<ImmutableDictionary<string, TValue>> values) => new(values);
}
