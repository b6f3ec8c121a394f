using Pulumi;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="CloudImage"/>.</summary>
public sealed record CloudImageArgs
{
    /// <summary>URL of the image, e.g. Ubuntu's <c>jammy-server-cloudimg-amd64.img</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Its SHA-256 (hex); the provider refuses an image that does not match.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Datastore with the <c>import</c> content type (Proxmox VE 8.4 and later) the image is stored on, e.g. <c>local</c>.</summary>
    public required string Datastore { get; init; }

    /// <summary>Every PVE node a VM is created on: each needs its own copy on a local datastore.</summary>
    public required IReadOnlyList<string> PveNodes { get; init; }
}

/// <summary>
/// A cloud image on each PVE node, for VMs created from it instead of cloned from a template. The PVE node downloads
/// the URL itself and checks the SHA-256 (<c>proxmox_virtual_environment_download_file</c>, the API's download-url), as
/// <c>import</c> content, which a VM disk's <c>import_from</c> reads through the API: no SSH to the node.
/// </summary>
public sealed class CloudImage : ComponentResource
{
    private const string Type = "homelab:index:CloudImage";

    private readonly Dictionary<string, Output<string>> _fileIds = new(StringComparer.Ordinal);

    public CloudImage(string name, CloudImageArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.Url);
        foreach (var pveNode in args.PveNodes.Distinct(StringComparer.Ordinal))
        {
            var file = new Pulumi.ProxmoxVE.Download.File($"{name}-{pveNode}", new Pulumi.ProxmoxVE.Download.FileArgs
            {
                // Import content takes .qcow2 (Ubuntu's .img cloud images are qcow2 inside).
                ContentType = "import",
                DatastoreId = args.Datastore,
                NodeName = pveNode,
                Url = args.Url,
                Checksum = args.Sha256.ToLowerInvariant(),
                ChecksumAlgorithm = "sha256",
                FileName = $"{name}.qcow2",
                // The checksum pins the image; a size check against the URL would only re-download the same bytes.
                Overwrite = false,
            }, new CustomResourceOptions { Parent = this });
            _fileIds[pveNode] = file.Id;
        }

        RegisterOutputs();
    }

    /// <summary>The image's volume id on <paramref name="pveNode"/>, for a VM disk's <c>FileId</c>.</summary>
    public Output<string> FileIdOn(string pveNode) => _fileIds.TryGetValue(pveNode, out var id)
        ? id
        : throw new ResourceException($"cloud image has no copy on PVE node '{pveNode}': add it to {nameof(CloudImageArgs.PveNodes)}", this, hideStack: true);
}
