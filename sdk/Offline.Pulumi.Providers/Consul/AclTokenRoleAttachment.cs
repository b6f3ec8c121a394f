namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclTokenRoleAttachment:AclTokenRoleAttachment")]
public partial class AclTokenRoleAttachment : global::Pulumi.CustomResource
{
    [Output("role")]
    public Output<string> Role { get; private set; } = null!;

    [Output("tokenId")]
    public Output<string> TokenId { get; private set; } = null!;

    public AclTokenRoleAttachment(string name, AclTokenRoleAttachmentArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclTokenRoleAttachment:AclTokenRoleAttachment", name, args ?? new AclTokenRoleAttachmentArgs(), MakeOptions(options, ""))
    {
    }

    private AclTokenRoleAttachment(string name, Input<string> id, AclTokenRoleAttachmentState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclTokenRoleAttachment:AclTokenRoleAttachment", name, state, MakeOptions(options, id))
    {
    }

    public static AclTokenRoleAttachment Get(string name, Input<string> id, AclTokenRoleAttachmentState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclTokenRoleAttachmentArgs : global::Pulumi.ResourceArgs
{
    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;
}

public sealed class AclTokenRoleAttachmentState : global::Pulumi.ResourceArgs
{
    [Input("role")]
    public Input<string>? Role { get; set; }

    [Input("tokenId")]
    public Input<string>? TokenId { get; set; }
}
