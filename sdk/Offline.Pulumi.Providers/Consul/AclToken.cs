using System.Collections.Immutable;

namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclToken:AclToken")]
public partial class AclToken : global::Pulumi.CustomResource
{
    [Output("accessorId")]
    public Output<string> AccessorId { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("expirationTime")]
    public Output<string?> ExpirationTime { get; private set; } = null!;

    [Output("local")]
    public Output<bool?> Local { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("nodeIdentities")]
    public Output<ImmutableArray<Outputs.AclTokenNodeIdentity>> NodeIdentities { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("policies")]
    public Output<ImmutableArray<string>> Policies { get; private set; } = null!;

    [Output("roles")]
    public Output<ImmutableArray<string>> Roles { get; private set; } = null!;

    [Output("serviceIdentities")]
    public Output<ImmutableArray<Outputs.AclTokenServiceIdentity>> ServiceIdentities { get; private set; } = null!;

    [Output("templatedPolicies")]
    public Output<ImmutableArray<Outputs.AclTokenTemplatedPolicy>> TemplatedPolicies { get; private set; } = null!;

    public AclToken(string name, AclTokenArgs? args = null, CustomResourceOptions? options = null)
        : base("consul:index/aclToken:AclToken", name, args ?? new AclTokenArgs(), MakeOptions(options, ""))
    {
    }

    private AclToken(string name, Input<string> id, AclTokenState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclToken:AclToken", name, state, MakeOptions(options, id))
    {
    }

    public static AclToken Get(string name, Input<string> id, AclTokenState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("accessorId")]
    public Input<string>? AccessorId { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("expirationTime")]
    public Input<string>? ExpirationTime { get; set; }

    [Input("local")]
    public Input<bool>? Local { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("nodeIdentities")]
    private InputList<Inputs.AclTokenNodeIdentityArgs>? _nodeIdentities;

    public InputList<Inputs.AclTokenNodeIdentityArgs> NodeIdentities
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

    [Input("roles")]
    private InputList<string>? _roles;

    public InputList<string> Roles
    {
        get => _roles ??= [];
        set => _roles = value;
    }

    [Input("serviceIdentities")]
    private InputList<Inputs.AclTokenServiceIdentityArgs>? _serviceIdentities;

    public InputList<Inputs.AclTokenServiceIdentityArgs> ServiceIdentities
    {
        get => _serviceIdentities ??= [];
        set => _serviceIdentities = value;
    }

    [Input("templatedPolicies")]
    private InputList<Inputs.AclTokenTemplatedPolicyArgs>? _templatedPolicies;

    public InputList<Inputs.AclTokenTemplatedPolicyArgs> TemplatedPolicies
    {
        get => _templatedPolicies ??= [];
        set => _templatedPolicies = value;
    }
}

public sealed class AclTokenState : global::Pulumi.ResourceArgs
{
    [Input("accessorId")]
    public Input<string>? AccessorId { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("expirationTime")]
    public Input<string>? ExpirationTime { get; set; }

    [Input("local")]
    public Input<bool>? Local { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("nodeIdentities")]
    private InputList<Inputs.AclTokenNodeIdentityGetArgs>? _nodeIdentities;

    public InputList<Inputs.AclTokenNodeIdentityGetArgs> NodeIdentities
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

    [Input("roles")]
    private InputList<string>? _roles;

    public InputList<string> Roles
    {
        get => _roles ??= [];
        set => _roles = value;
    }

    [Input("serviceIdentities")]
    private InputList<Inputs.AclTokenServiceIdentityGetArgs>? _serviceIdentities;

    public InputList<Inputs.AclTokenServiceIdentityGetArgs> ServiceIdentities
    {
        get => _serviceIdentities ??= [];
        set => _serviceIdentities = value;
    }

    [Input("templatedPolicies")]
    private InputList<Inputs.AclTokenTemplatedPolicyGetArgs>? _templatedPolicies;

    public InputList<Inputs.AclTokenTemplatedPolicyGetArgs> TemplatedPolicies
    {
        get => _templatedPolicies ??= [];
        set => _templatedPolicies = value;
    }
}
