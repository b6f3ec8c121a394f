using System.Collections.Immutable;

namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclAuthMethod:AclAuthMethod")]
public partial class AclAuthMethod : global::Pulumi.CustomResource
{
    [Output("config")]
    public Output<ImmutableDictionary<string, string>?> Config { get; private set; } = null!;

    [Output("configJson")]
    public Output<string?> ConfigJson { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("displayName")]
    public Output<string?> DisplayName { get; private set; } = null!;

    [Output("maxTokenTtl")]
    public Output<string?> MaxTokenTtl { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("namespaceRules")]
    public Output<ImmutableArray<Outputs.AclAuthMethodNamespaceRule>> NamespaceRules { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("tokenLocality")]
    public Output<string?> TokenLocality { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    public AclAuthMethod(string name, AclAuthMethodArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclAuthMethod:AclAuthMethod", name, args ?? new AclAuthMethodArgs(), MakeOptions(options, ""))
    {
    }

    private AclAuthMethod(string name, Input<string> id, AclAuthMethodState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclAuthMethod:AclAuthMethod", name, state, MakeOptions(options, id))
    {
    }

    public static AclAuthMethod Get(string name, Input<string> id, AclAuthMethodState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "3.15.1",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class AclAuthMethodArgs : global::Pulumi.ResourceArgs
{
    [Input("config")]
    private InputMap<string>? _config;

    public InputMap<string> Config
    {
        get => _config ??= [];
        set => _config = value;
    }

    [Input("configJson")]
    public Input<string>? ConfigJson { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("displayName")]
    public Input<string>? DisplayName { get; set; }

    [Input("maxTokenTtl")]
    public Input<string>? MaxTokenTtl { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("namespaceRules")]
    private InputList<Inputs.AclAuthMethodNamespaceRuleArgs>? _namespaceRules;

    public InputList<Inputs.AclAuthMethodNamespaceRuleArgs> NamespaceRules
    {
        get => _namespaceRules ??= [];
        set => _namespaceRules = value;
    }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("tokenLocality")]
    public Input<string>? TokenLocality { get; set; }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;
}

public sealed class AclAuthMethodState : global::Pulumi.ResourceArgs
{
    [Input("config")]
    private InputMap<string>? _config;

    public InputMap<string> Config
    {
        get => _config ??= [];
        set => _config = value;
    }

    [Input("configJson")]
    public Input<string>? ConfigJson { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("displayName")]
    public Input<string>? DisplayName { get; set; }

    [Input("maxTokenTtl")]
    public Input<string>? MaxTokenTtl { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("namespaceRules")]
    private InputList<Inputs.AclAuthMethodNamespaceRuleGetArgs>? _namespaceRules;

    public InputList<Inputs.AclAuthMethodNamespaceRuleGetArgs> NamespaceRules
    {
        get => _namespaceRules ??= [];
        set => _namespaceRules = value;
    }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("tokenLocality")]
    public Input<string>? TokenLocality { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }
}
