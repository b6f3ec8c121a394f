namespace Pulumi.Nomad.Inputs;

public sealed class JobPeriodicConfigGetArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("prohibitOverlap")]
    public Input<bool>? ProhibitOverlap { get; set; }

    [Input("spec")]
    public Input<string>? Spec { get; set; }

    [Input("specType")]
    public Input<string>? SpecType { get; set; }

    [Input("timezone")]
    public Input<string>? Timezone { get; set; }
}
