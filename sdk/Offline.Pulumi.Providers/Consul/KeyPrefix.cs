using System.Collections.Immutable;

namespace Pulumi.Consul;

[ConsulResourceType("consul:index/keyPrefix:KeyPrefix")]
public partial class KeyPrefix : global::Pulumi.CustomResource
{
    [Output("datacenter")]
    public Output<string> Datacenter { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("pathPrefix")]
    public Output<string> PathPrefix { get; private set; } = null!;

    [Output("subkeyCollection")]
    public Output<ImmutableArray<Outputs.KeyPrefixSubkeyCollection>> SubkeyCollection { get; private set; } = null!;

    [Output("subkeys")]
    public Output<ImmutableDictionary<string, string>?> Subkeys { get; private set; } = null!;

    [Output("token")]
    public Output<string?> Token { get; private set; } = null!;

    public KeyPrefix(string name, KeyPrefixArgs args, CustomResourceOptions? options = null)
        : base("consul:index/keyPrefix:KeyPrefix", name, args ?? new KeyPrefixArgs(), MakeOptions(options, ""))
    {
    }

    private KeyPrefix(string name, Input<string> id, KeyPrefixState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/keyPrefix:KeyPrefix", name, state, MakeOptions(options, id))
    {
    }

    public static KeyPrefix Get(string name, Input<string> id, KeyPrefixState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "3.15.1",
            AdditionalSecretOutputs = { "token" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class KeyPrefixArgs : global::Pulumi.ResourceArgs
{
    [Input("datacenter")]
    public Input<string>? Datacenter { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("pathPrefix", required: true)]
    public Input<string> PathPrefix { get; set; } = null!;

    [Input("subkeyCollection")]
    private InputList<Inputs.KeyPrefixSubkeyCollectionArgs>? _subkeyCollection;

    public InputList<Inputs.KeyPrefixSubkeyCollectionArgs> SubkeyCollection
    {
        get => _subkeyCollection ??= [];
        set => _subkeyCollection = value;
    }

    [Input("subkeys")]
    private InputMap<string>? _subkeys;

    public InputMap<string> Subkeys
    {
        get => _subkeys ??= [];
        set => _subkeys = value;
    }

    [Input("token")]
    private Input<string>? _token;

    public Input<string>? Token
    {
        get => _token;
        set => _token = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}

public sealed class KeyPrefixState : global::Pulumi.ResourceArgs
{
    [Input("datacenter")]
    public Input<string>? Datacenter { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("pathPrefix")]
    public Input<string>? PathPrefix { get; set; }

    [Input("subkeyCollection")]
    private InputList<Inputs.KeyPrefixSubkeyCollectionGetArgs>? _subkeyCollection;

    public InputList<Inputs.KeyPrefixSubkeyCollectionGetArgs> SubkeyCollection
    {
        get => _subkeyCollection ??= [];
        set => _subkeyCollection = value;
    }

    [Input("subkeys")]
    private InputMap<string>? _subkeys;

    public InputMap<string> Subkeys
    {
        get => _subkeys ??= [];
        set => _subkeys = value;
    }

    [Input("token")]
    private Input<string>? _token;

    public Input<string>? Token
    {
        get => _token;
        set => _token = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}
