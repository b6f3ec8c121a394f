namespace Pulumi.Cloudflare;

[CloudflareResourceType("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig")]
public partial class ZeroTrustTunnelCloudflaredConfig : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("config")]
    public Output<Outputs.ZeroTrustTunnelCloudflaredConfigConfig> Config { get; private set; } = null!;

    [Output("createdAt")]
    public Output<string> CreatedAt { get; private set; } = null!;

    [Output("source")]
    public Output<string> Source { get; private set; } = null!;

    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; } = null!;

    [Output("version")]
    public Output<int> Version { get; private set; } = null!;

    public ZeroTrustTunnelCloudflaredConfig(string name, ZeroTrustTunnelCloudflaredConfigArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig", name, args ?? new ZeroTrustTunnelCloudflaredConfigArgs(), MakeOptions(options, ""))
    {
    }

    private ZeroTrustTunnelCloudflaredConfig(string name, Input<string> id, ZeroTrustTunnelCloudflaredConfigState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig", name, state, MakeOptions(options, id))
    {
    }

    public static ZeroTrustTunnelCloudflaredConfig Get(string name, Input<string> id, ZeroTrustTunnelCloudflaredConfigState? state = null, CustomResourceOptions? options = null) =>
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

public sealed class ZeroTrustTunnelCloudflaredConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("config")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigArgs>? Config { get; set; }

    [Input("source")]
    public Input<string>? Source { get; set; }

    [Input("tunnelId", required: true)]
    public Input<string> TunnelId { get; set; } = null!;
}

public sealed class ZeroTrustTunnelCloudflaredConfigState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("config")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigGetArgs>? Config { get; set; }

    [Input("createdAt")]
    public Input<string>? CreatedAt { get; set; }

    [Input("source")]
    public Input<string>? Source { get; set; }

    [Input("tunnelId")]
    public Input<string>? TunnelId { get; set; }

    [Input("version")]
    public Input<int>? Version { get; set; }
}
