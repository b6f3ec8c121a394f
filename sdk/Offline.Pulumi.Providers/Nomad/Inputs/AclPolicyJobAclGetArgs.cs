namespace Pulumi.Nomad.Inputs;

public sealed class AclPolicyJobAclGetArgs : global::Pulumi.ResourceArgs
{
    [Input("group")]
    public Input<string>? Group { get; set; }

    [Input("jobId")]
    public Input<string>? JobId { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("task")]
    public Input<string>? Task { get; set; }
}
