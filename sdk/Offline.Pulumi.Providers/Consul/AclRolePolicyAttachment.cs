namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclRolePolicyAttachment:AclRolePolicyAttachment")]
public partial class AclRolePolicyAttachment : global::Pulumi.CustomResource
{
    [Output("policy")]
    public Output<string> Policy { get; private set; } = null!;

    [Output("roleId")]
    public Output<string> RoleId { get; private set; } = null!;

    public AclRolePolicyAttachment(string name, AclRolePolicyAttachmentArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclRolePolicyAttachment:AclRolePolicyAttachment", name, args ?? new AclRolePolicyAttachmentArgs(), MakeOptions(options, ""))
    {
    }

    private AclRolePolicyAttachment(string name, Input<string> id, AclRolePolicyAttachmentState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclRolePolicyAttachment:AclRolePolicyAttachment", name, state, MakeOptions(options, id))
    {
    }

    public static AclRolePolicyAttachment Get(string name, Input<string> id, AclRolePolicyAttachmentState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclRolePolicyAttachmentArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public Input<string> Policy { get; set; } = null!;

    [Input("roleId", required: true)]
    public Input<string> RoleId { get; set; } = null!;
}

public sealed class AclRolePolicyAttachmentState : global::Pulumi.ResourceArgs
{
    [Input("policy")]
    public Input<string>? Policy { get; set; }

    [Input("roleId")]
    public Input<string>? RoleId { get; set; }
}
