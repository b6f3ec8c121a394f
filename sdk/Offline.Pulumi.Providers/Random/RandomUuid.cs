using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomUuid:RandomUuid")]
public partial class RandomUuid : global::Pulumi.CustomResource
{
    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("result")]
    public Output<string> Result { get; private set; } = null!;

    public RandomUuid(string name, RandomUuidArgs? args = null, CustomResourceOptions? options = null)
        : base("random:index/randomUuid:RandomUuid", name, args ?? new RandomUuidArgs(), MakeOptions(options, ""))
    {
    }

    private RandomUuid(string name, Input<string> id, RandomUuidState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomUuid:RandomUuid", name, state, MakeOptions(options, id))
    {
    }

    public static RandomUuid Get(string name, Input<string> id, RandomUuidState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class RandomUuidArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }
}

public sealed class RandomUuidState : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("result")]
    public Input<string>? Result { get; set; }
}
