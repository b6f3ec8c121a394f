using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomInteger:RandomInteger")]
public partial class RandomInteger : global::Pulumi.CustomResource
{
    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("max")]
    public Output<int> Max { get; private set; } = null!;

    [Output("min")]
    public Output<int> Min { get; private set; } = null!;

    [Output("result")]
    public Output<int> Result { get; private set; } = null!;

    [Output("seed")]
    public Output<string?> Seed { get; private set; } = null!;

    public RandomInteger(string name, RandomIntegerArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomInteger:RandomInteger", name, args ?? new RandomIntegerArgs(), MakeOptions(options, ""))
    {
    }

    private RandomInteger(string name, Input<string> id, RandomIntegerState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomInteger:RandomInteger", name, state, MakeOptions(options, id))
    {
    }

    public static RandomInteger Get(string name, Input<string> id, RandomIntegerState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "4.21.1",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class RandomIntegerArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("max", required: true)]
    public Input<int> Max { get; set; } = null!;

    [Input("min", required: true)]
    public Input<int> Min { get; set; } = null!;

    [Input("seed")]
    public Input<string>? Seed { get; set; }
}

public sealed class RandomIntegerState : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("max")]
    public Input<int>? Max { get; set; }

    [Input("min")]
    public Input<int>? Min { get; set; }

    [Input("result")]
    public Input<int>? Result { get; set; }

    [Input("seed")]
    public Input<string>? Seed { get; set; }
}
