using System.Threading.Tasks;

namespace Pulumi.Cloudflare;

/// <summary>Reads the token a remotely managed tunnel's cloudflared runs with (<c>GET /accounts/:id/cfd_tunnel/:id/token</c>).</summary>
public static class GetZeroTrustTunnelCloudflaredToken
{
    private const string Token = "cloudflare:index/getZeroTrustTunnelCloudflaredToken:getZeroTrustTunnelCloudflaredToken";

    public static Task<GetZeroTrustTunnelCloudflaredTokenResult> InvokeAsync(GetZeroTrustTunnelCloudflaredTokenArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.InvokeAsync<GetZeroTrustTunnelCloudflaredTokenResult>(Token, args ?? new GetZeroTrustTunnelCloudflaredTokenArgs(), WithVersion(options));

    public static Output<GetZeroTrustTunnelCloudflaredTokenResult> Invoke(GetZeroTrustTunnelCloudflaredTokenInvokeArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetZeroTrustTunnelCloudflaredTokenResult>(Token, args ?? new GetZeroTrustTunnelCloudflaredTokenInvokeArgs(), WithVersion(options));

    public static Output<GetZeroTrustTunnelCloudflaredTokenResult> Invoke(GetZeroTrustTunnelCloudflaredTokenInvokeArgs args, InvokeOutputOptions options) =>
        global::Pulumi.Deployment.Instance.Invoke<GetZeroTrustTunnelCloudflaredTokenResult>(Token, args ?? new GetZeroTrustTunnelCloudflaredTokenInvokeArgs(), (InvokeOutputOptions)WithVersion(options));

    // The generated SDKs pin the package version on every call, as they do on every resource.
    private static InvokeOptions WithVersion(InvokeOptions? options)
    {
        var copy = options is InvokeOutputOptions output
            ? new InvokeOutputOptions { DependsOn = output.DependsOn }
            : new InvokeOptions();
        copy.Parent = options?.Parent;
        copy.Provider = options?.Provider;
        copy.PluginDownloadURL = options?.PluginDownloadURL;
        copy.Version = options?.Version ?? "6.17.0";
        return copy;
    }
}

public sealed class GetZeroTrustTunnelCloudflaredTokenArgs : global::Pulumi.InvokeArgs
{
    [Input("accountId")]
    public string? AccountId { get; set; }

    [Input("tunnelId", required: true)]
    public string TunnelId { get; set; } = null!;
}

public sealed class GetZeroTrustTunnelCloudflaredTokenInvokeArgs : global::Pulumi.InvokeArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("tunnelId", required: true)]
    public Input<string> TunnelId { get; set; } = null!;
}

[OutputType]
public sealed class GetZeroTrustTunnelCloudflaredTokenResult
{
    public readonly string? AccountId;
    public readonly string Id;
    public readonly string Token;
    public readonly string TunnelId;

    [OutputConstructor]
    private GetZeroTrustTunnelCloudflaredTokenResult(string? accountId, string id, string token, string tunnelId)
    {
        AccountId = accountId;
        Id = id;
        Token = token;
        TunnelId = tunnelId;
    }
}
