namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclTokenPolicyAttachment:AclTokenPolicyAttachment")]
public partial class AclTokenPolicyAttachment : global::Pulumi.CustomResource
{
    [Output("policy")]
    public Output<string> Policy { get; private set; } = null!;

    [Output("tokenId")]
    public Output<string> TokenId { get; private set; } = null!;

    public AclTokenPolicyAttachment(string name, AclTokenPolicyAttachmentArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclTokenPolicyAttachment:AclTokenPolicyAttachment", name, args ?? new AclTokenPolicyAttachmentArgs(), MakeOptions(options, ""))
    {
    }

    private AclTokenPolicyAttachment(string name, Input<string> id, AclTokenPolicyAttachmentState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclTokenPolicyAttachment:AclTokenPolicyAttachment", name, state, MakeOptions(options, id))
    {
    }

    public static AclTokenPolicyAttachment Get(string name, Input<string> id, AclTokenPolicyAttachmentState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclTokenPolicyAttachmentArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public Input<string> Policy { get; set; } = null!;

    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;
}

public sealed class AclTokenPolicyAttachmentState : global::Pulumi.ResourceArgs
{
    [Input("policy")]
    public Input<string>? Policy { get; set; }

    [Input("tokenId")]
    public Input<string>? TokenId { get; set; }
}
