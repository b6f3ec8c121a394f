namespace Pulumi;

/// <summary>
/// A value a resource takes: a plain value, or an output of another resource. It converts implicitly from
/// both, so args can be written with either.
/// </summary>
public class Input<T> : IInput
{
    internal Input(Output<T> output) => Output = output;

    /// <summary>The value as an output. Collections replace it as items are added.</summary>
    internal Output<T> Output { get; set; }

    IOutput IInput.UntypedOutput => Output;

    public static implicit operator Input<T>(T value) => new(Pulumi.Output.Create(value));

    public static implicit operator Input<T>(Output<T> value) => new(value);

    public static implicit operator Output<T>(Input<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Output;
    }
}

/// <summary>Untyped access to an input's output, for the serializer and <c>Output.Format</c>.</summary>
internal interface IInput
{
    IOutput UntypedOutput { get; }
}
