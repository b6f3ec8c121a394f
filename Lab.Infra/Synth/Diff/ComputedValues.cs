namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Recognises, in a synth's inputs, a value that another resource's provider computes. synth's mocks give every
/// resource the id <c>{name}_id</c> and the placeholders of <see cref="SynthComputed"/>, so such a value has the same
/// text in two synths even when that resource is replaced; after a real replacement it is new (a new file id, key,
/// certificate or token), and until then it is unknown, which is how <c>pulumi preview</c> shows it.
/// </summary>
internal static class ComputedValues
{
    /// <summary>Whether <paramref name="value"/> holds a value computed for resource <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static bool Mention(string value, string type, string name) =>
        value.Contains($"{name}_id", StringComparison.Ordinal)
        || SynthComputed.For(type, name).Values.OfType<string>().Any(v => value.Contains(v, StringComparison.Ordinal));
}
