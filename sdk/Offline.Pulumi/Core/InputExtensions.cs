namespace Pulumi;

/// <summary>Apply and ToOutput on inputs, which may be null when an optional arg is unset.</summary>
public static class InputExtensions
{
    public static Output<T> ToOutput<T>(this Input<T>? input) => input?.Output ?? Output.Create(default(T)!);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func) => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func) => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func) => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func) => input.ToOutput().Apply(func);
}
