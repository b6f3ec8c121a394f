using System.Collections.Immutable;

namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/variable:Variable")]
public partial class Variable : global::Pulumi.CustomResource
{
    [Output("items")]
    public Output<ImmutableDictionary<string, string>?> Items { get; private set; } = null!;

    [Output("itemsWo")]
    public Output<string?> ItemsWo { get; private set; } = null!;

    [Output("itemsWoVersion")]
    public Output<int?> ItemsWoVersion { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("path")]
    public Output<string> Path { get; private set; } = null!;

    public Variable(string name, VariableArgs args, CustomResourceOptions? options = null)
        : base("nomad:index/variable:Variable", name, args ?? new VariableArgs(), MakeOptions(options, ""))
    {
    }

    private Variable(string name, Input<string> id, VariableState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/variable:Variable", name, state, MakeOptions(options, id))
    {
    }

    public static Variable Get(string name, Input<string> id, VariableState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "2.6.1",
            AdditionalSecretOutputs = { "items", "itemsWo" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class VariableArgs : global::Pulumi.ResourceArgs
{
    [Input("items")]
    private InputMap<string>? _items;

    public InputMap<string> Items
    {
        get => _items ??= [];
        set => _items = Output.CreateSecret(value.ToOutput());
    }

    [Input("itemsWo")]
    private Input<string>? _itemsWo;

    public Input<string>? ItemsWo
    {
        get => _itemsWo;
        set => _itemsWo = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("itemsWoVersion")]
    public Input<int>? ItemsWoVersion { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;
}

public sealed class VariableState : global::Pulumi.ResourceArgs
{
    [Input("items")]
    private InputMap<string>? _items;

    public InputMap<string> Items
    {
        get => _items ??= [];
        set => _items = Output.CreateSecret(value.ToOutput());
    }

    [Input("itemsWo")]
    private Input<string>? _itemsWo;

    public Input<string>? ItemsWo
    {
        get => _itemsWo;
        set => _itemsWo = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("itemsWoVersion")]
    public Input<int>? ItemsWoVersion { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("path")]
    public Input<string>? Path { get; set; }
}
