using System.Collections.Immutable;

namespace Pulumi;

/// <summary>Reads the outputs of another stack, named <c>organization/project/stack</c>.</summary>
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

    /// <summary>The named output, or null when the other stack has no such output; secret if it is secret there.</summary>
    public Output<object?> GetOutput(Input<string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var value = Output.Tuple(name.ToOutput(), Outputs, SecretOutputNames).Apply(t =>
        {
            var (key, outputs, secretNames) = t;
            var found = outputs.TryGetValue(key, out var v) ? v : null;
            return !secretNames.IsDefault && secretNames.Contains(key) ? Output.CreateSecret<object?>(found) : Output.Create<object?>(found);
        });
        return value;
    }

    /// <summary>The named output; fails when the other stack has no such output.</summary>
    public Output<object> RequireOutput(Input<string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Output.Tuple(name.ToOutput(), GetOutput(name)).Apply(t => t.Item2 ?? throw new KeyNotFoundException(
            $"Required output '{t.Item1}' does not exist on stack '{GetResourceName()}'."));
    }
}

/// <summary>Args of a stack reference: the full name of the stack to read.</summary>
public class StackReferenceArgs : ResourceArgs
{
    [Input("name", true, false)]
    public Input<string>? Name { get; set; }
}
