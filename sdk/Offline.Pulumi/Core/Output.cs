namespace Pulumi;

/// <summary>
/// A value that a resource will produce: it may not be known yet (or at all, in a preview), may be secret, and
/// remembers the resources it depends on. Transform it with <c>Apply</c>; never read it directly.
/// </summary>
public sealed class Output<T> : IOutput
{
    internal Output(Task<OutputData<T>> dataTask)
    {
        DataTask = dataTask;
        Engine.Current?.TrackTask(dataTask);
    }

    internal Task<OutputData<T>> DataTask { get; }

    Type IOutput.ValueType => typeof(T);

    async Task<OutputData<object?>> IOutput.GetDataAsync()
    {
        var data = await DataTask.ConfigureAwait(false);
        return new OutputData<object?>(data.Value, data.IsKnown, data.IsSecret, data.Resources);
    }

    public static Output<T> Create(Task<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Output<T>(FromTask(value, isSecret: false));
    }

    public Output<System.ValueTuple> Apply(Func<T, Task> func) =>
        Then(async value =>
        {
            await func(value).ConfigureAwait(false);
            return OutputData<System.ValueTuple>.Known(default);
        });

    public Output<TResult> Apply<TResult>(Func<T, Input<TResult>?> func) =>
        Then(value => func(value) is { } input ? input.Output.DataTask : Task.FromResult(OutputData<TResult>.Known(default!)));

    public Output<TResult> Apply<TResult>(Func<T, Output<TResult>?> func) =>
        Then(value => func(value) is { } output ? output.DataTask : Task.FromResult(OutputData<TResult>.Known(default!)));

    public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func) =>
        Then(async value => OutputData<TResult>.Known(await func(value).ConfigureAwait(false)));

    public Output<TResult> Apply<TResult>(Func<T, TResult> func) =>
        Then(value => Task.FromResult(OutputData<TResult>.Known(func(value))));

    public Output<TResult> UntypedApply<TResult>(Func<object?, Output<TResult>> func) =>
        Then(value => func(value).DataTask);

    /// <summary>
    /// Outputs cannot be turned into text before they resolve; like the real SDK, this returns a reminder
    /// instead of the value so that a forgotten <c>Apply</c> is visible in what the program renders.
    /// </summary>
    public override string ToString() =>
        "Calling ToString on an Output<T> does not give its value; use Apply or Output.Format to use the value " +
        "inside another output (this text is not the value).";

    internal static async Task<OutputData<T>> FromTask(Task<T> value, bool isSecret) =>
        OutputData<T>.Known(await value.ConfigureAwait(false), isSecret);

    /// <summary>
    /// The one place where an output's value flows into the next: the callback runs only when the value is
    /// known (in a preview an unknown value skips it, as the engine would), and secrecy and dependencies
    /// carry over to the result.
    /// </summary>
    private Output<TResult> Then<TResult>(Func<T, Task<OutputData<TResult>>> next) => new(ThenAsync(next));

    private async Task<OutputData<TResult>> ThenAsync<TResult>(Func<T, Task<OutputData<TResult>>> next)
    {
        var data = await DataTask.ConfigureAwait(false);
        if (!data.IsKnown)
        {
            return OutputData<TResult>.Unknown(data.IsSecret, data.Resources);
        }
        var result = await next(data.Value).ConfigureAwait(false);
        return new OutputData<TResult>(result.Value, result.IsKnown, data.IsSecret || result.IsSecret,
            data.Resources.Union(result.Resources));
    }
}
