using Pulumi;
using Pulumi.ProxmoxVE;
using Pulumi.ProxmoxVE.Inputs;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="CloudImage"/>.</summary>
public sealed record CloudImageArgs
{
    /// <summary>URL of the image, e.g. Ubuntu's <c>jammy-server-cloudimg-amd64.img</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Its SHA-256 (hex); the provider refuses an image that does not match.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Datastore with the <c>iso</c> content type the image is stored on, e.g. <c>local</c>.</summary>
    public required string Datastore { get; init; }

    /// <summary>Every PVE node a VM is created on: each needs its own copy on a local datastore.</summary>
    public required IReadOnlyList<string> PveNodes { get; init; }
}

/// <summary>
/// A cloud image on each PVE node, for VMs created from it instead of cloned from a template. The provider fetches
/// the URL, checks the SHA-256 and uploads the file (<c>proxmox_virtual_environment_file</c> with a URL source).
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
            var file = new FileLegacy($"{name}-{pveNode}", new FileLegacyArgs
            {
                // Proxmox stores disk images as "iso" content; an .img name keeps it importable as a disk.
                ContentType = "iso",
                DatastoreId = args.Datastore,
                NodeName = pveNode,
                SourceFile = new FileLegacySourceFileArgs
                {
                    Path = args.Url,
                    Checksum = args.Sha256.ToLowerInvariant(),
                    FileName = $"{name}.img",
                },
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
