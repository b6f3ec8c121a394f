using System.Collections.Immutable;

namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/namespace:Namespace")]
public partial class Namespace : global::Pulumi.CustomResource
{
    [Output("capabilities")]
    public Output<Outputs.NamespaceCapabilities?> Capabilities { get; private set; } = null!;

    [Output("consulConfig")]
    public Output<Outputs.NamespaceConsulConfig> ConsulConfig { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("meta")]
    public Output<ImmutableDictionary<string, string>?> Meta { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("nodePoolConfig")]
    public Output<Outputs.NamespaceNodePoolConfig> NodePoolConfig { get; private set; } = null!;

    [Output("quota")]
    public Output<string?> Quota { get; private set; } = null!;

    [Output("vaultConfig")]
    public Output<Outputs.NamespaceVaultConfig> VaultConfig { get; private set; } = null!;

    public Namespace(string name, NamespaceArgs? args = null, CustomResourceOptions? options = null)
        : base("nomad:index/namespace:Namespace", name, args ?? new NamespaceArgs(), MakeOptions(options, ""))
    {
    }

    private Namespace(string name, Input<string> id, NamespaceState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/namespace:Namespace", name, state, MakeOptions(options, id))
    {
    }

    public static Namespace Get(string name, Input<string> id, NamespaceState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "2.6.1",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class NamespaceArgs : global::Pulumi.ResourceArgs
{
    [Input("capabilities")]
    public Input<Inputs.NamespaceCapabilitiesArgs>? Capabilities { get; set; }

    [Input("consulConfig")]
    public Input<Inputs.NamespaceConsulConfigArgs>? ConsulConfig { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("meta")]
    private InputMap<string>? _meta;

    public InputMap<string> Meta
    {
        get => _meta ??= [];
        set => _meta = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("nodePoolConfig")]
    public Input<Inputs.NamespaceNodePoolConfigArgs>? NodePoolConfig { get; set; }

    [Input("quota")]
    public Input<string>? Quota { get; set; }

    [Input("vaultConfig")]
    public Input<Inputs.NamespaceVaultConfigArgs>? VaultConfig { get; set; }
}

public sealed class NamespaceState : global::Pulumi.ResourceArgs
{
    [Input("capabilities")]
    public Input<Inputs.NamespaceCapabilitiesGetArgs>? Capabilities { get; set; }

    [Input("consulConfig")]
    public Input<Inputs.NamespaceConsulConfigGetArgs>? ConsulConfig { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("meta")]
    private InputMap<string>? _meta;

    public InputMap<string> Meta
    {
        get => _meta ??= [];
        set => _meta = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("nodePoolConfig")]
    public Input<Inputs.NamespaceNodePoolConfigGetArgs>? NodePoolConfig { get; set; }

    [Input("quota")]
    public Input<string>? Quota { get; set; }

    [Input("vaultConfig")]
    public Input<Inputs.NamespaceVaultConfigGetArgs>? VaultConfig { get; set; }
}
