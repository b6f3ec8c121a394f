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

    private File(string name, Input<string> id, FileState? state = null, CustomResourceOptions? options = null)
        : base("proxmoxve:download/file:File", name, state, MakeOptions(options, id))
    {
    }

    public static File Get(string name, Input<string> id, FileState? state = null, CustomResourceOptions? options = null) => new(name, id, state, options);

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

public sealed class FileArgs : global::Pulumi.ResourceArgs
{
    [Input("checksum")]
    public Input<string>? Checksum { get; set; }

    [Input("checksumAlgorithm")]
    public Input<string>? ChecksumAlgorithm { get; set; }

    [Input("contentType", required: true)]
    public Input<string> ContentType { get; set; } = null!;

    [Input("datastoreId", required: true)]
    public Input<string> DatastoreId { get; set; } = null!;

    [Input("decompressionAlgorithm")]
    public Input<string>? DecompressionAlgorithm { get; set; }

    [Input("fileName")]
    public Input<string>? FileName { get; set; }

    [Input("nodeName", required: true)]
    public Input<string> NodeName { get; set; } = null!;

    [Input("overwrite")]
    public Input<bool>? Overwrite { get; set; }

    [Input("overwriteUnmanaged")]
    public Input<bool>? OverwriteUnmanaged { get; set; }

    [Input("uploadTimeout")]
    public Input<int>? UploadTimeout { get; set; }

    [Input("url", required: true)]
    public Input<string> Url { get; set; } = null!;

    [Input("verify")]
    public Input<bool>? Verify { get; set; }
}

public sealed class FileState : global::Pulumi.ResourceArgs
{
    [Input("checksum")]
    public Input<string>? Checksum { get; set; }

    [Input("checksumAlgorithm")]
    public Input<string>? ChecksumAlgorithm { get; set; }

    [Input("contentType")]
    public Input<string>? ContentType { get; set; }

    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("decompressionAlgorithm")]
    public Input<string>? DecompressionAlgorithm { get; set; }

    [Input("fileName")]
    public Input<string>? FileName { get; set; }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("overwrite")]
    public Input<bool>? Overwrite { get; set; }

    [Input("overwriteUnmanaged")]
    public Input<bool>? OverwriteUnmanaged { get; set; }

    [Input("size")]
    public Input<int>? Size { get; set; }

    [Input("uploadTimeout")]
    public Input<int>? UploadTimeout { get; set; }

    [Input("url")]
    public Input<string>? Url { get; set; }

    [Input("verify")]
    public Input<bool>? Verify { get; set; }
}
