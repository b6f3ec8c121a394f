using System.Collections.Immutable;

namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclPolicy:AclPolicy")]
public partial class AclPolicy : global::Pulumi.CustomResource
{
    [Output("datacenters")]
    public Output<ImmutableArray<string>> Datacenters { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("rules")]
    public Output<string> Rules { get; private set; } = null!;

    public AclPolicy(string name, AclPolicyArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclPolicy:AclPolicy", name, args ?? new AclPolicyArgs(), MakeOptions(options, ""))
    {
    }

    private AclPolicy(string name, Input<string> id, AclPolicyState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclPolicy:AclPolicy", name, state, MakeOptions(options, id))
    {
    }

    public static AclPolicy Get(string name, Input<string> id, AclPolicyState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("datacenters")]
    private InputList<string>? _datacenters;

    public InputList<string> Datacenters
    {
        get => _datacenters ??= [];
        set => _datacenters = value;
    }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("rules", required: true)]
    public Input<string> Rules { get; set; } = null!;
}

public sealed class AclPolicyState : global::Pulumi.ResourceArgs
{
    [Input("datacenters")]
    private InputList<string>? _datacenters;

    public InputList<string> Datacenters
    {
        get => _datacenters ??= [];
        set => _datacenters = value;
    }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("rules")]
    public Input<string>? Rules { get; set; }
}
