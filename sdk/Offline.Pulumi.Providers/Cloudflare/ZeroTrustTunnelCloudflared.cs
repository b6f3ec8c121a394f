using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

[CloudflareResourceType("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared")]
public partial class ZeroTrustTunnelCloudflared : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("accountTag")]
    public Output<string> AccountTag { get; private set; } = null!;

    [Output("configSrc")]
    public Output<string> ConfigSrc { get; private set; } = null!;

    [Output("connections")]
    public Output<ImmutableArray<Outputs.ZeroTrustTunnelCloudflaredConnection>> Connections { get; private set; } = null!;

    [Output("connsActiveAt")]
    public Output<string> ConnsActiveAt { get; private set; } = null!;

    [Output("connsInactiveAt")]
    public Output<string> ConnsInactiveAt { get; private set; } = null!;

    [Output("createdAt")]
    public Output<string> CreatedAt { get; private set; } = null!;

    [Output("deletedAt")]
    public Output<string> DeletedAt { get; private set; } = null!;

    [Output("metadata")]
    public Output<string> Metadata { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("remoteConfig")]
    public Output<bool> RemoteConfig { get; private set; } = null!;

    [Output("status")]
    public Output<string> Status { get; private set; } = null!;

    [Output("tunType")]
    public Output<string> TunType { get; private set; } = null!;

    [Output("tunnelSecret")]
    public Output<string?> TunnelSecret { get; private set; } = null!;

    public ZeroTrustTunnelCloudflared(string name, ZeroTrustTunnelCloudflaredArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", name, args ?? new ZeroTrustTunnelCloudflaredArgs(), MakeOptions(options, ""))
    {
    }

    private ZeroTrustTunnelCloudflared(string name, Input<string> id, ZeroTrustTunnelCloudflaredState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", name, state, MakeOptions(options, id))
    {
    }

    public static ZeroTrustTunnelCloudflared Get(string name, Input<string> id, ZeroTrustTunnelCloudflaredState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "6.17.0",
            AdditionalSecretOutputs = { "tunnelSecret" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ZeroTrustTunnelCloudflaredArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("configSrc")]
    public Input<string>? ConfigSrc { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("tunnelSecret")]
    private Input<string>? _tunnelSecret;

    public Input<string>? TunnelSecret
    {
        get => _tunnelSecret;
        set => _tunnelSecret = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}

public sealed class ZeroTrustTunnelCloudflaredState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("accountTag")]
    public Input<string>? AccountTag { get; set; }

    [Input("configSrc")]
    public Input<string>? ConfigSrc { get; set; }

    [Input("connections")]
    private InputList<Inputs.ZeroTrustTunnelCloudflaredConnectionGetArgs>? _connections;

    public InputList<Inputs.ZeroTrustTunnelCloudflaredConnectionGetArgs> Connections
    {
        get => _connections ??= [];
        set => _connections = value;
    }

    [Input("connsActiveAt")]
    public Input<string>? ConnsActiveAt { get; set; }

    [Input("connsInactiveAt")]
    public Input<string>? ConnsInactiveAt { get; set; }

    [Input("createdAt")]
    public Input<string>? CreatedAt { get; set; }

    [Input("deletedAt")]
    public Input<string>? DeletedAt { get; set; }

    [Input("metadata")]
    public Input<string>? Metadata { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("remoteConfig")]
    public Input<bool>? RemoteConfig { get; set; }

    [Input("status")]
    public Input<string>? Status { get; set; }

    [Input("tunType")]
    public Input<string>? TunType { get; set; }

    [Input("tunnelSecret")]
    private Input<string>? _tunnelSecret;

    public Input<string>? TunnelSecret
    {
        get => _tunnelSecret;
        set => _tunnelSecret = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }
}
