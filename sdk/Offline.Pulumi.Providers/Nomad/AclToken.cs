using System.Collections.Immutable;

namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/aclToken:AclToken")]
public partial class AclToken : global::Pulumi.CustomResource
{
    [Output("accessorId")]
    public Output<string> AccessorId { get; private set; } = null!;

    [Output("createTime")]
    public Output<string> CreateTime { get; private set; } = null!;

    [Output("expirationTime")]
    public Output<string> ExpirationTime { get; private set; } = null!;

    [Output("expirationTtl")]
    public Output<string?> ExpirationTtl { get; private set; } = null!;

    [Output("global")]
    public Output<bool?> Global { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("policies")]
    public Output<ImmutableArray<string>> Policies { get; private set; } = null!;

    [Output("roles")]
    public Output<ImmutableArray<Outputs.AclTokenRole>> Roles { get; private set; } = null!;

    [Output("secretId")]
    public Output<string> SecretId { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    public AclToken(string name, AclTokenArgs args, CustomResourceOptions? options = null)
        : base("nomad:index/aclToken:AclToken", name, args ?? new AclTokenArgs(), MakeOptions(options, ""))
    {
    }

    private AclToken(string name, Input<string> id, AclTokenState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/aclToken:AclToken", name, state, MakeOptions(options, id))
    {
    }

    public static AclToken Get(string name, Input<string> id, AclTokenState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "2.6.1",
            AdditionalSecretOutputs = { "secretId" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class AclTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("expirationTtl")]
    public Input<string>? ExpirationTtl { get; set; }

    [Input("global")]
    public Input<bool>? Global { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("policies")]
    private InputList<string>? _policies;

    public InputList<string> Policies
    {
        get => _policies ??= [];
        set => _policies = value;
    }

    [Input("roles")]
    private InputList<Inputs.AclTokenRoleArgs>? _roles;

    public InputList<Inputs.AclTokenRoleArgs> Roles
    {
        get => _roles ??= [];
        set => _roles = value;
    }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;
}

public sealed class AclTokenState : global::Pulumi.ResourceArgs
{
    [Input("accessorId")]
    public Input<string>? AccessorId { get; set; }

    [Input("createTime")]
    public Input<string>? CreateTime { get; set; }

    [Input("expirationTime")]
    public Input<string>? ExpirationTime { get; set; }

    [Input("expirationTtl")]
    public Input<string>? ExpirationTtl { get; set; }

    [Input("global")]
    public Input<bool>? Global { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("policies")]
    private InputList<string>? _policies;

    public InputList<string> Policies
    {
        get => _policies ??= [];
        set => _policies = value;
    }

    [Input("roles")]
    private InputList<Inputs.AclTokenRoleGetArgs>? _roles;

    public InputList<Inputs.AclTokenRoleGetArgs> Roles
    {
        get => _roles ??= [];
        set => _roles = value;
    }

    [Input("secretId")]
    private Input<string>? _secretId;

    public Input<string>? SecretId
    {
        get => _secretId;
        set => _secretId = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("type")]
    public Input<string>? Type { get; set; }
}
