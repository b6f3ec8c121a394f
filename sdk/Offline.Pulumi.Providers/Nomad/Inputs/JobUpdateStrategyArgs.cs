namespace Pulumi.Nomad.Inputs;

public sealed class JobUpdateStrategyArgs : global::Pulumi.ResourceArgs
{
    [Input("autoRevert")]
    public Input<bool>? AutoRevert { get; set; }

    [Input("canary")]
    public Input<int>? Canary { get; set; }

    [Input("healthCheck")]
    public Input<string>? HealthCheck { get; set; }

    [Input("healthyDeadline")]
    public Input<string>? HealthyDeadline { get; set; }

    [Input("maxParallel")]
    public Input<int>? MaxParallel { get; set; }

    [Input("minHealthyTime")]
    public Input<string>? MinHealthyTime { get; set; }

    [Input("stagger")]
    public Input<string>? Stagger { get; set; }
}
