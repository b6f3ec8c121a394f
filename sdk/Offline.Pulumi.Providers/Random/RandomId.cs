using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomId:RandomId")]
public partial class RandomId : global::Pulumi.CustomResource
{
    [Output("b64Std")]
    public Output<string> B64Std { get; private set; } = null!;

    [Output("b64Url")]
    public Output<string> B64Url { get; private set; } = null!;

    [Output("byteLength")]
    public Output<int> ByteLength { get; private set; } = null!;

    [Output("dec")]
    public Output<string> Dec { get; private set; } = null!;

    [Output("hex")]
    public Output<string> Hex { get; private set; } = null!;

    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("prefix")]
    public Output<string?> Prefix { get; private set; } = null!;

    public RandomId(string name, RandomIdArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomId:RandomId", name, args ?? new RandomIdArgs(), MakeOptions(options, ""))
    {
    }

    private RandomId(string name, Input<string> id, RandomIdState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomId:RandomId", name, state, MakeOptions(options, id))
    {
    }

    public static RandomId Get(string name, Input<string> id, RandomIdState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class RandomIdArgs : global::Pulumi.ResourceArgs
{
    [Input("byteLength", required: true)]
    public Input<int> ByteLength { get; set; } = null!;

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("prefix")]
    public Input<string>? Prefix { get; set; }
}

public sealed class RandomIdState : global::Pulumi.ResourceArgs
{
    [Input("b64Std")]
    public Input<string>? B64Std { get; set; }

    [Input("b64Url")]
    public Input<string>? B64Url { get; set; }

    [Input("byteLength")]
    public Input<int>? ByteLength { get; set; }

    [Input("dec")]
    public Input<string>? Dec { get; set; }

    [Input("hex")]
    public Input<string>? Hex { get; set; }

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("prefix")]
    public Input<string>? Prefix { get; set; }
}
