using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomShuffle:RandomShuffle")]
public partial class RandomShuffle : global::Pulumi.CustomResource
{
    [Output("inputs")]
    public Output<ImmutableArray<string>> Inputs { get; private set; } = null!;

    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("resultCount")]
    public Output<int?> ResultCount { get; private set; } = null!;

    [Output("results")]
    public Output<ImmutableArray<string>> Results { get; private set; } = null!;

    [Output("seed")]
    public Output<string?> Seed { get; private set; } = null!;

    public RandomShuffle(string name, RandomShuffleArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomShuffle:RandomShuffle", name, args ?? new RandomShuffleArgs(), MakeOptions(options, ""))
    {
    }

    private RandomShuffle(string name, Input<string> id, RandomShuffleState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomShuffle:RandomShuffle", name, state, MakeOptions(options, id))
    {
    }

    public static RandomShuffle Get(string name, Input<string> id, RandomShuffleState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class RandomShuffleArgs : global::Pulumi.ResourceArgs
{
    [Input("inputs", required: true)]
    private InputList<string>? _inputs;

    public InputList<string> Inputs
    {
        get => _inputs ??= [];
        set => _inputs = value;
    }

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("resultCount")]
    public Input<int>? ResultCount { get; set; }

    [Input("seed")]
    public Input<string>? Seed { get; set; }
}

public sealed class RandomShuffleState : global::Pulumi.ResourceArgs
{
    [Input("inputs")]
    private InputList<string>? _inputs;

    public InputList<string> Inputs
    {
        get => _inputs ??= [];
        set => _inputs = value;
    }

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("resultCount")]
    public Input<int>? ResultCount { get; set; }

    [Input("results")]
    private InputList<string>? _results;

    public InputList<string> Results
    {
        get => _results ??= [];
        set => _results = value;
    }

    [Input("seed")]
    public Input<string>? Seed { get; set; }
}
