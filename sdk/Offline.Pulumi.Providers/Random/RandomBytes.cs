using System.Collections.Immutable;

namespace Pulumi.Random;

[RandomResourceType("random:index/randomBytes:RandomBytes")]
public partial class RandomBytes : global::Pulumi.CustomResource
{
    [Output("base64")]
    public Output<string> Base64 { get; private set; } = null!;

    [Output("hex")]
    public Output<string> Hex { get; private set; } = null!;

    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("length")]
    public Output<int> Length { get; private set; } = null!;

    public RandomBytes(string name, RandomBytesArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomBytes:RandomBytes", name, args ?? new RandomBytesArgs(), MakeOptions(options, ""))
    {
    }

    private RandomBytes(string name, Input<string> id, RandomBytesState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomBytes:RandomBytes", name, state, MakeOptions(options, id))
    {
    }

    public static RandomBytes Get(string name, Input<string> id, RandomBytesState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "4.21.1",
            AdditionalSecretOutputs = { "base64", "hex" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class RandomBytesArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("length", required: true)]
    public Input<int> Length { get; set; } = null!;
}

public sealed class RandomBytesState : global::Pulumi.ResourceArgs
{
    [Input("base64")]
    private Input<string>? _base64;

    public Input<string>? Base64
    {
        get => _base64;
        set => _base64 = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("hex")]
    private Input<string>? _hex;

    public Input<string>? Hex
    {
        get => _hex;
        set => _hex = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ??= [];
        set => _keepers = value;
    }

    [Input("length")]
    public Input<int>? Length { get; set; }
}
