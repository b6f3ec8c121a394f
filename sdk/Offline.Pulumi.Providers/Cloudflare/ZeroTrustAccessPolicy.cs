using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

[CloudflareResourceType("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy")]
public partial class ZeroTrustAccessPolicy : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("approvalRequired")]
    public Output<bool?> ApprovalRequired { get; private set; } = null!;

    [Output("decision")]
    public Output<string> Decision { get; private set; } = null!;

    [Output("excludes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyExclude>> Excludes { get; private set; } = null!;

    [Output("includes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyInclude>> Includes { get; private set; } = null!;

    [Output("isolationRequired")]
    public Output<bool?> IsolationRequired { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("purposeJustificationPrompt")]
    public Output<string?> PurposeJustificationPrompt { get; private set; } = null!;

    [Output("purposeJustificationRequired")]
    public Output<bool?> PurposeJustificationRequired { get; private set; } = null!;

    [Output("requires")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyRequire>> Requires { get; private set; } = null!;

    [Output("sessionDuration")]
    public Output<string> SessionDuration { get; private set; } = null!;

    public ZeroTrustAccessPolicy(string name, ZeroTrustAccessPolicyArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", name, args ?? new ZeroTrustAccessPolicyArgs(), MakeOptions(options, ""))
    {
    }

    private ZeroTrustAccessPolicy(string name, Input<string> id, ZeroTrustAccessPolicyState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", name, state, MakeOptions(options, id))
    {
    }

    public static ZeroTrustAccessPolicy Get(string name, Input<string> id, ZeroTrustAccessPolicyState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "6.17.0",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ZeroTrustAccessPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("approvalRequired")]
    public Input<bool>? ApprovalRequired { get; set; }

    [Input("decision", required: true)]
    public Input<string> Decision { get; set; } = null!;

    [Input("excludes")]
    private InputList<Inputs.ZeroTrustAccessPolicyExcludeArgs>? _excludes;

    public InputList<Inputs.ZeroTrustAccessPolicyExcludeArgs> Excludes
    {
        get => _excludes ??= [];
        set => _excludes = value;
    }

    [Input("includes")]
    private InputList<Inputs.ZeroTrustAccessPolicyIncludeArgs>? _includes;

    public InputList<Inputs.ZeroTrustAccessPolicyIncludeArgs> Includes
    {
        get => _includes ??= [];
        set => _includes = value;
    }

    [Input("isolationRequired")]
    public Input<bool>? IsolationRequired { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("purposeJustificationPrompt")]
    public Input<string>? PurposeJustificationPrompt { get; set; }

    [Input("purposeJustificationRequired")]
    public Input<bool>? PurposeJustificationRequired { get; set; }

    [Input("requires")]
    private InputList<Inputs.ZeroTrustAccessPolicyRequireArgs>? _requires;

    public InputList<Inputs.ZeroTrustAccessPolicyRequireArgs> Requires
    {
        get => _requires ??= [];
        set => _requires = value;
    }

    [Input("sessionDuration")]
    public Input<string>? SessionDuration { get; set; }
}

public sealed class ZeroTrustAccessPolicyState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("approvalRequired")]
    public Input<bool>? ApprovalRequired { get; set; }

    [Input("decision")]
    public Input<string>? Decision { get; set; }

    [Input("excludes")]
    private InputList<Inputs.ZeroTrustAccessPolicyExcludeGetArgs>? _excludes;

    public InputList<Inputs.ZeroTrustAccessPolicyExcludeGetArgs> Excludes
    {
        get => _excludes ??= [];
        set => _excludes = value;
    }

    [Input("includes")]
    private InputList<Inputs.ZeroTrustAccessPolicyIncludeGetArgs>? _includes;

    public InputList<Inputs.ZeroTrustAccessPolicyIncludeGetArgs> Includes
    {
        get => _includes ??= [];
        set => _includes = value;
    }

    [Input("isolationRequired")]
    public Input<bool>? IsolationRequired { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("purposeJustificationPrompt")]
    public Input<string>? PurposeJustificationPrompt { get; set; }

    [Input("purposeJustificationRequired")]
    public Input<bool>? PurposeJustificationRequired { get; set; }

    [Input("requires")]
    private InputList<Inputs.ZeroTrustAccessPolicyRequireGetArgs>? _requires;

    public InputList<Inputs.ZeroTrustAccessPolicyRequireGetArgs> Requires
    {
        get => _requires ??= [];
        set => _requires = value;
    }

    [Input("sessionDuration")]
    public Input<string>? SessionDuration { get; set; }
}
