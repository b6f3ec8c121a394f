namespace Pulumi.Nomad;

[NomadResourceType("nomad:index/aclPolicy:AclPolicy")]
public partial class AclPolicy : global::Pulumi.CustomResource
{
    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("jobAcl")]
    public Output<Outputs.AclPolicyJobAcl?> JobAcl { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("rulesHcl")]
    public Output<string> RulesHcl { get; private set; } = null!;

    public AclPolicy(string name, AclPolicyArgs args, CustomResourceOptions? options = null)
        : base("nomad:index/aclPolicy:AclPolicy", name, args ?? new AclPolicyArgs(), MakeOptions(options, ""))
    {
    }

    private AclPolicy(string name, Input<string> id, AclPolicyState? state = null, CustomResourceOptions? options = null)
        : base("nomad:index/aclPolicy:AclPolicy", name, state, MakeOptions(options, id))
    {
    }

    public static AclPolicy Get(string name, Input<string> id, AclPolicyState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("jobAcl")]
    public Input<Inputs.AclPolicyJobAclArgs>? JobAcl { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("rulesHcl", required: true)]
    public Input<string> RulesHcl { get; set; } = null!;
}

public sealed class AclPolicyState : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("jobAcl")]
    public Input<Inputs.AclPolicyJobAclGetArgs>? JobAcl { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("rulesHcl")]
    public Input<string>? RulesHcl { get; set; }
}
