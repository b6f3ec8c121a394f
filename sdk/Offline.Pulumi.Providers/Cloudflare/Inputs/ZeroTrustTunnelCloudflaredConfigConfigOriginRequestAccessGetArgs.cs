namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequestAccessGetArgs : global::Pulumi.ResourceArgs
{
    [Input("audTags", required: true)]
    private InputList<string>? _audTags;

    public InputList<string> AudTags
    {
        get => _audTags ??= [];
        set => _audTags = value;
    }

    [Input("required")]
    public Input<bool>? Required { get; set; }

    [Input("teamName", required: true)]
    public Input<string> TeamName { get; set; } = null!;
}
