using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Pulumi;

/// <summary>Creates and combines outputs.</summary>
public static class Output
{
    public static Output<T> Create<T>(T value) => new(Task.FromResult(OutputData<T>.Known(value)));

    public static Output<T> Create<T>(Task<T> value) => Output<T>.Create(value);

    public static Output<T> CreateSecret<T>(T value) => new(Task.FromResult(OutputData<T>.Known(value, isSecret: true)));

    public static Output<T> CreateSecret<T>(Task<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Output<T>(Output<T>.FromTask(value, isSecret: true));
    }

    public static Output<T> CreateSecret<T>(Output<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WithSecrecy(value, isSecret: true);
    }

    public static Output<T> Unsecret<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return WithSecrecy(output, isSecret: false);
    }

    public static async Task<bool> IsSecretAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return (await output.DataTask.ConfigureAwait(false)).IsSecret;
    }

    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All(inputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => All(outputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs) =>
        All(inputs.Select(input => input.Output));

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs) =>
        Join([.. outputs], values => values.Select(v => (T)v!).ToImmutableArray());

    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) =>
        Tuple(item1.Output, item2.Output);

    public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2) =>
        Join([item1, item2], v => ((T1)v[0]!, (T2)v[1]!));

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3) =>
        Tuple(item1.Output, item2.Output, item3.Output);

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3) =>
        Join([item1, item2, item3], v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!));

    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4) =>
        Tuple(item1.Output, item2.Output, item3.Output, item4.Output);

    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4) =>
        Join([item1, item2, item3, item4], v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!));

    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5) =>
        Tuple(item1.Output, item2.Output, item3.Output, item4.Output, item5.Output);

    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5) =>
        Join([item1, item2, item3, item4, item5], v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!));

    public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6) =>
        Tuple(item1.Output, item2.Output, item3.Output, item4.Output, item5.Output, item6.Output);

    public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6) =>
        Join([item1, item2, item3, item4, item5, item6], v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!));

    /// <summary>
    /// Interpolates outputs and inputs into one string output; the result is secret if any part is, and
    /// unknown if any part is.
    /// </summary>
    public static Output<string> Format(FormattableString formattableString)
    {
        ArgumentNullException.ThrowIfNull(formattableString);
        var parts = formattableString.GetArguments()
            .Select(argument => argument is IInput input ? input.UntypedOutput : argument as IOutput ?? new ConstantOutput(argument))
            .ToList();
        return Join(parts, values => string.Format(CultureInfo.InvariantCulture, formattableString.Format, values));
    }

    public static Output<string> JsonSerialize<T>(Output<T> value, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Apply(v => JsonSerializer.Serialize(v, options));
    }

    public static Output<T> JsonDeserialize<T>(Output<string> json, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Apply(text => JsonSerializer.Deserialize<T>(text, options)!);
    }

    private static Output<T> WithSecrecy<T>(Output<T> output, bool isSecret) =>
        new(WithSecrecyAsync(output.DataTask, isSecret));

    private static async Task<OutputData<T>> WithSecrecyAsync<T>(Task<OutputData<T>> data, bool isSecret) =>
        (await data.ConfigureAwait(false)) with { IsSecret = isSecret };

    private static Output<TResult> Join<TResult>(IReadOnlyList<IOutput> parts, Func<object?[], TResult> combine) =>
        new(JoinAsync(parts, combine));

    private static async Task<OutputData<TResult>> JoinAsync<TResult>(IReadOnlyList<IOutput> parts, Func<object?[], TResult> combine)
    {
        var all = await Task.WhenAll(parts.Select(p => p.GetDataAsync())).ConfigureAwait(false);
        return OutputData.Combine(all, () => combine([.. all.Select(d => d.Value)]));
    }

    private sealed class ConstantOutput(object? value) : IOutput
    {
        public Type ValueType => value?.GetType() ?? typeof(object);

        public Task<OutputData<object?>> GetDataAsync() => Task.FromResult(OutputData<object?>.Known(value));
    }
}
