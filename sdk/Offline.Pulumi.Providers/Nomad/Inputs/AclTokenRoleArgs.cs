namespace Pulumi.Nomad.Inputs;

public sealed class AclTokenRoleArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("name")]
    public Input<string>? Name { get; set; }
}
