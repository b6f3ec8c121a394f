namespace Lab.Components.Components;

/// <summary>Where a VM's disk comes from: a full clone of a template VM, or a cloud image on the PVE node.</summary>
public sealed record VmSource
{
    private VmSource(int? templateVmId, CloudImage? image)
    {
        TemplateVmId = templateVmId;
        Image = image;
    }

    /// <summary>VM id of the template to clone, or null when <see cref="Image"/> is set.</summary>
    public int? TemplateVmId { get; }

    /// <summary>The cloud image to create the disk from, or null when <see cref="TemplateVmId"/> is set.</summary>
    public CloudImage? Image { get; }

    /// <summary>Clone an existing cloud-init template (the seed's Packer-built 2204).</summary>
    public static VmSource Template(int vmId) => new(vmId, null);

    /// <summary>Create the disk from a downloaded cloud image.</summary>
    public static VmSource FromImage(CloudImage image) => new(null, image ?? throw new ArgumentNullException(nameof(image)));
}
