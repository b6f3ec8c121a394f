namespace Pulumi.Nomad.Inputs;

public sealed class JobConstraintGetArgs : global::Pulumi.ResourceArgs
{
    [Input("ltarget")]
    public Input<string>? Ltarget { get; set; }

    [Input("operand")]
    public Input<string>? Operand { get; set; }

    [Input("rtarget")]
    public Input<string>? Rtarget { get; set; }
}
