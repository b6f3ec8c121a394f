using System.Collections.Immutable;

namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclRole:AclRole")]
public partial class AclRole : global::Pulumi.CustomResource
{
    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("nodeIdentities")]
    public Output<ImmutableArray<Outputs.AclRoleNodeIdentity>> NodeIdentities { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("policies")]
    public Output<ImmutableArray<string>> Policies { get; private set; } = null!;

    [Output("serviceIdentities")]
    public Output<ImmutableArray<Outputs.AclRoleServiceIdentity>> ServiceIdentities { get; private set; } = null!;

    [Output("templatedPolicies")]
    public Output<ImmutableArray<Outputs.AclRoleTemplatedPolicy>> TemplatedPolicies { get; private set; } = null!;

    public AclRole(string name, AclRoleArgs? args = null, CustomResourceOptions? options = null)
        : base("consul:index/aclRole:AclRole", name, args ?? new AclRoleArgs(), MakeOptions(options, ""))
    {
    }

    private AclRole(string name, Input<string> id, AclRoleState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclRole:AclRole", name, state, MakeOptions(options, id))
    {
    }

    public static AclRole Get(string name, Input<string> id, AclRoleState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclRoleArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("nodeIdentities")]
    private InputList<Inputs.AclRoleNodeIdentityArgs>? _nodeIdentities;

    public InputList<Inputs.AclRoleNodeIdentityArgs> NodeIdentities
    {
        get => _nodeIdentities ??= [];
        set => _nodeIdentities = value;
    }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("policies")]
    private InputList<string>? _policies;

    public InputList<string> Policies
    {
        get => _policies ??= [];
        set => _policies = value;
    }

    [Input("serviceIdentities")]
    private InputList<Inputs.AclRoleServiceIdentityArgs>? _serviceIdentities;

    public InputList<Inputs.AclRoleServiceIdentityArgs> ServiceIdentities
    {
        get => _serviceIdentities ??= [];
        set => _serviceIdentities = value;
    }

    [Input("templatedPolicies")]
    private InputList<Inputs.AclRoleTemplatedPolicyArgs>? _templatedPolicies;

    public InputList<Inputs.AclRoleTemplatedPolicyArgs> TemplatedPolicies
    {
        get => _templatedPolicies ??= [];
        set => _templatedPolicies = value;
    }
}

public sealed class AclRoleState : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("nodeIdentities")]
    private InputList<Inputs.AclRoleNodeIdentityGetArgs>? _nodeIdentities;

    public InputList<Inputs.AclRoleNodeIdentityGetArgs> NodeIdentities
    {
        get => _nodeIdentities ??= [];
        set => _nodeIdentities = value;
    }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("policies")]
    private InputList<string>? _policies;

    public InputList<string> Policies
    {
        get => _policies ??= [];
        set => _policies = value;
    }

    [Input("serviceIdentities")]
    private InputList<Inputs.AclRoleServiceIdentityGetArgs>? _serviceIdentities;

    public InputList<Inputs.AclRoleServiceIdentityGetArgs> ServiceIdentities
    {
        get => _serviceIdentities ??= [];
        set => _serviceIdentities = value;
    }

    [Input("templatedPolicies")]
    private InputList<Inputs.AclRoleTemplatedPolicyGetArgs>? _templatedPolicies;

    public InputList<Inputs.AclRoleTemplatedPolicyGetArgs> TemplatedPolicies
    {
        get => _templatedPolicies ??= [];
        set => _templatedPolicies = value;
    }
}
