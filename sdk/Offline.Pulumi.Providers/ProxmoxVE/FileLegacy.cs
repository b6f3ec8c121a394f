namespace Pulumi.ProxmoxVE;

[ProxmoxVEResourceType("proxmoxve:index/fileLegacy:FileLegacy")]
public partial class FileLegacy : global::Pulumi.CustomResource
{
    [Output("contentType")]
    public Output<string> ContentType { get; private set; } = null!;

    [Output("datastoreId")]
    public Output<string> DatastoreId { get; private set; } = null!;

    [Output("fileMode")]
    public Output<string?> FileMode { get; private set; } = null!;

    [Output("fileModificationDate")]
    public Output<string> FileModificationDate { get; private set; } = null!;

    [Output("fileName")]
    public Output<string> FileName { get; private set; } = null!;

    [Output("fileSize")]
    public Output<int> FileSize { get; private set; } = null!;

    [Output("fileTag")]
    public Output<string> FileTag { get; private set; } = null!;

    [Output("nodeName")]
    public Output<string> NodeName { get; private set; } = null!;

    [Output("overwrite")]
    public Output<bool?> Overwrite { get; private set; } = null!;

    [Output("sourceFile")]
    public Output<Outputs.FileLegacySourceFile?> SourceFile { get; private set; } = null!;

    [Output("sourceRaw")]
    public Output<Outputs.FileLegacySourceRaw?> SourceRaw { get; private set; } = null!;

    [Output("timeoutUpload")]
    public Output<int?> TimeoutUpload { get; private set; } = null!;

    [Output("uploadMode")]
    public Output<string?> UploadMode { get; private set; } = null!;

    public FileLegacy(string name, FileLegacyArgs args, CustomResourceOptions? options = null)
        : base("proxmoxve:index/fileLegacy:FileLegacy", name, args ?? new FileLegacyArgs(), MakeOptions(options, ""))
    {
    }

    private FileLegacy(string name, Input<string> id, FileLegacyState? state = null, CustomResourceOptions? options = null)
        : base("proxmoxve:index/fileLegacy:FileLegacy", name, state, MakeOptions(options, id))
    {
    }

    public static FileLegacy Get(string name, Input<string> id, FileLegacyState? state = null, CustomResourceOptions? options = null) => new(name, id, state, options);

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

public sealed class FileLegacyArgs : global::Pulumi.ResourceArgs
{
    [Input("contentType")]
    public Input<string>? ContentType { get; set; }

    [Input("datastoreId", required: true)]
    public Input<string> DatastoreId { get; set; } = null!;

    [Input("fileMode")]
    public Input<string>? FileMode { get; set; }

    [Input("nodeName", required: true)]
    public Input<string> NodeName { get; set; } = null!;

    [Input("overwrite")]
    public Input<bool>? Overwrite { get; set; }

    [Input("sourceFile")]
    public Input<Inputs.FileLegacySourceFileArgs>? SourceFile { get; set; }

    [Input("sourceRaw")]
    public Input<Inputs.FileLegacySourceRawArgs>? SourceRaw { get; set; }

    [Input("timeoutUpload")]
    public Input<int>? TimeoutUpload { get; set; }

    [Input("uploadMode")]
    public Input<string>? UploadMode { get; set; }
}

public sealed class FileLegacyState : global::Pulumi.ResourceArgs
{
    [Input("contentType")]
    public Input<string>? ContentType { get; set; }

    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("fileMode")]
    public Input<string>? FileMode { get; set; }

    [Input("fileModificationDate")]
    public Input<string>? FileModificationDate { get; set; }

    [Input("fileName")]
    public Input<string>? FileName { get; set; }

    [Input("fileSize")]
    public Input<int>? FileSize { get; set; }

    [Input("fileTag")]
    public Input<string>? FileTag { get; set; }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("overwrite")]
    public Input<bool>? Overwrite { get; set; }

    [Input("sourceFile")]
    public Input<Inputs.FileLegacySourceFileGetArgs>? SourceFile { get; set; }

    [Input("sourceRaw")]
    public Input<Inputs.FileLegacySourceRawGetArgs>? SourceRaw { get; set; }

    [Input("timeoutUpload")]
    public Input<int>? TimeoutUpload { get; set; }

    [Input("uploadMode")]
    public Input<string>? UploadMode { get; set; }
}
