namespace Pulumi.ProxmoxVE.Download;

[ProxmoxVEResourceType("proxmoxve:download/file:File")]
public partial class File : global::Pulumi.CustomResource
{
    [Output("checksum")]
    public Output<string?> Checksum { get; private set; } = null!;

    [Output("checksumAlgorithm")]
    public Output<string?> ChecksumAlgorithm { get; private set; } = null!;

    [Output("contentType")]
    public Output<string> ContentType { get; private set; } = null!;

    [Output("datastoreId")]
    public Output<string> DatastoreId { get; private set; } = null!;

    [Output("decompressionAlgorithm")]
    public Output<string?> DecompressionAlgorithm { get; private set; } = null!;

    [Output("fileName")]
    public Output<string> FileName { get; private set; } = null!;

    [Output("nodeName")]
    public Output<string> NodeName { get; private set; } = null!;

    [Output("overwrite")]
    public Output<bool> Overwrite { get; private set; } = null!;

    [Output("overwriteUnmanaged")]
    public Output<bool> OverwriteUnmanaged { get; private set; } = null!;

    [Output("size")]
    public Output<int> Size { get; private set; } = null!;

    [Output("uploadTimeout")]
    public Output<int> UploadTimeout { get; private set; } = null!;

    [Output("url")]
    public Output<string> Url { get; private set; } = null!;

    [Output("verify")]
    public Output<bool> Verify { get; private set; } = null!;

    public File(string name, FileArgs args, CustomResourceOptions? options = null)
        : base("proxmoxve:download/file:File", name, args ?? new FileArgs(), MakeOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = ProxmoxVEPackage.Version,
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}
