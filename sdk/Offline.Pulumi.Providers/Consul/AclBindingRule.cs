namespace Pulumi.Consul;

[ConsulResourceType("consul:index/aclBindingRule:AclBindingRule")]
public partial class AclBindingRule : global::Pulumi.CustomResource
{
    [Output("authMethod")]
    public Output<string> AuthMethod { get; private set; } = null!;

    [Output("bindName")]
    public Output<string> BindName { get; private set; } = null!;

    [Output("bindType")]
    public Output<string> BindType { get; private set; } = null!;

    [Output("bindVars")]
    public Output<Outputs.AclBindingRuleBindVars?> BindVars { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    [Output("selector")]
    public Output<string?> Selector { get; private set; } = null!;

    public AclBindingRule(string name, AclBindingRuleArgs args, CustomResourceOptions? options = null)
        : base("consul:index/aclBindingRule:AclBindingRule", name, args ?? new AclBindingRuleArgs(), MakeOptions(options, ""))
    {
    }

    private AclBindingRule(string name, Input<string> id, AclBindingRuleState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/aclBindingRule:AclBindingRule", name, state, MakeOptions(options, id))
    {
    }

    public static AclBindingRule Get(string name, Input<string> id, AclBindingRuleState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class AclBindingRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("authMethod", required: true)]
    public Input<string> AuthMethod { get; set; } = null!;

    [Input("bindName", required: true)]
    public Input<string> BindName { get; set; } = null!;

    [Input("bindType", required: true)]
    public Input<string> BindType { get; set; } = null!;

    [Input("bindVars")]
    public Input<Inputs.AclBindingRuleBindVarsArgs>? BindVars { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("selector")]
    public Input<string>? Selector { get; set; }
}

public sealed class AclBindingRuleState : global::Pulumi.ResourceArgs
{
    [Input("authMethod")]
    public Input<string>? AuthMethod { get; set; }

    [Input("bindName")]
    public Input<string>? BindName { get; set; }

    [Input("bindType")]
    public Input<string>? BindType { get; set; }

    [Input("bindVars")]
    public Input<Inputs.AclBindingRuleBindVarsGetArgs>? BindVars { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("selector")]
    public Input<string>? Selector { get; set; }
}
