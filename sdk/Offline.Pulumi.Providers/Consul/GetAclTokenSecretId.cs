using System.Threading.Tasks;

namespace Pulumi.Consul;

/// <summary>Reads the secret of the ACL token with the given accessor id (Consul's <c>/v1/acl/token/:accessor</c>).</summary>
public static class GetAclTokenSecretId
{
    private const string Token = "consul:index/getAclTokenSecretId:getAclTokenSecretId";

    public static Task<GetAclTokenSecretIdResult> InvokeAsync(GetAclTokenSecretIdArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.InvokeAsync<GetAclTokenSecretIdResult>(Token, args ?? new GetAclTokenSecretIdArgs(), WithVersion(options));

    public static Output<GetAclTokenSecretIdResult> Invoke(GetAclTokenSecretIdInvokeArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetAclTokenSecretIdResult>(Token, args ?? new GetAclTokenSecretIdInvokeArgs(), WithVersion(options));

    public static Output<GetAclTokenSecretIdResult> Invoke(GetAclTokenSecretIdInvokeArgs args, InvokeOutputOptions options) =>
        global::Pulumi.Deployment.Instance.Invoke<GetAclTokenSecretIdResult>(Token, args ?? new GetAclTokenSecretIdInvokeArgs(), (InvokeOutputOptions)WithVersion(options));

    // The generated SDKs pin the package version on every call, as they do on every resource.
    private static InvokeOptions WithVersion(InvokeOptions? options)
    {
        var copy = options is InvokeOutputOptions output
            ? new InvokeOutputOptions { DependsOn = output.DependsOn }
            : new InvokeOptions();
        copy.Parent = options?.Parent;
        copy.Provider = options?.Provider;
        copy.PluginDownloadURL = options?.PluginDownloadURL;
        copy.Version = options?.Version ?? "3.15.1";
        return copy;
    }
}

public sealed class GetAclTokenSecretIdArgs : global::Pulumi.InvokeArgs
{
    [Input("accessorId", required: true)]
    public string AccessorId { get; set; } = null!;

    [Input("namespace")]
    public string? Namespace { get; set; }

    [Input("partition")]
    public string? Partition { get; set; }

    [Input("pgpKey")]
    public string? PgpKey { get; set; }
}

public sealed class GetAclTokenSecretIdInvokeArgs : global::Pulumi.InvokeArgs
{
    [Input("accessorId", required: true)]
    public Input<string> AccessorId { get; set; } = null!;

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }

    [Input("pgpKey")]
    public Input<string>? PgpKey { get; set; }
}

[OutputType]
public sealed class GetAclTokenSecretIdResult
{
    public readonly string AccessorId;
    public readonly string EncryptedSecretId;
    public readonly string Id;
    public readonly string? Namespace;
    public readonly string? Partition;
    public readonly string? PgpKey;
    public readonly string SecretId;

    [OutputConstructor]
    private GetAclTokenSecretIdResult(
        string accessorId,
        string encryptedSecretId,
        string id,
        string? @namespace,
        string? partition,
        string? pgpKey,
        string secretId)
    {
        AccessorId = accessorId;
        EncryptedSecretId = encryptedSecretId;
        Id = id;
        Namespace = @namespace;
        Partition = partition;
        PgpKey = pgpKey;
        SecretId = secretId;
    }
}
