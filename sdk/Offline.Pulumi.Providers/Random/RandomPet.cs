using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomPet:RandomPet")]
public partial class RandomPet : global::Pulumi.CustomResource
{
    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("length")]
    public Output<int> Length { get; private set; } = null!;

    [Output("prefix")]
    public Output<string?> Prefix { get; private set; } = null!;

    [Output("separator")]
    public Output<string> Separator { get; private set; } = null!;

    public RandomPet(string name, RandomPetArgs? args = null, CustomResourceOptions? options = null)
        : base("random:index/randomPet:RandomPet", name, args ?? new RandomPetArgs(), MakeOptions(options, ""))
    {
    }

    private RandomPet(string name, Input<string> id, RandomPetState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomPet:RandomPet", name, state, MakeOptions(options, id))
    {
    }

    public static RandomPet Get(string name, Input<string> id, RandomPetState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class RandomPetArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("length")]
    public Input<int>? Length { get; set; }

    [Input("prefix")]
    public Input<string>? Prefix { get; set; }

    [Input("separator")]
    public Input<string>? Separator { get; set; }
}

public sealed class RandomPetState : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("length")]
    public Input<int>? Length { get; set; }

    [Input("prefix")]
    public Input<string>? Prefix { get; set; }

    [Input("separator")]
    public Input<string>? Separator { get; set; }
}
