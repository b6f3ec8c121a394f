namespace Lab.Infra.Config;

/// <summary>The Proxmox VE cluster the VMs are cloned on (<c>homelab:proxmox</c>).</summary>
public sealed record ProxmoxConfig
{
    /// <summary>URL of the Proxmox API, e.g. <c>https://192.168.10.100:8006</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>
    /// Accept the API's certificate without verifying it (<c>homelab:proxmox.insecure</c>, default false). Only for a
    /// PVE node that still has its self-signed certificate; give it a trusted one instead where you can.
    /// </summary>
    public bool Insecure { get; init; }

    /// <summary>PVE node names; VMs are placed round-robin over them unless a role pins its own list.</summary>
    public required IReadOnlyList<string> Nodes { get; init; }

    /// <summary>Datastore for VM disks, e.g. <c>local-lvm</c>.</summary>
    public required string VmDatastore { get; init; }

    /// <summary>
    /// Datastore a cloud image is downloaded to, with the <c>import</c> content type, e.g. <c>local</c>. The key keeps
    /// its old name: the VMs' cloud-init no longer uses snippets (Proxmox writes it from the VM's settings).
    /// </summary>
    public required string SnippetsDatastore { get; init; }

    /// <summary>Linux bridge the VM NICs attach to, e.g. <c>vmbr0</c>.</summary>
    public required string Bridge { get; init; }

    /// <summary>Where the VMs are cloned from: exactly one of an existing template VM or a cloud image.</summary>
    public required TemplateSource Template { get; init; }
}

/// <summary>
/// The template VMs are cloned from: either <see cref="VmId"/> of an existing template (the seed's Packer-built
/// 2204), or a cloud image Proxmox downloads and the program turns into a template. Exactly one must be set.
/// </summary>
public sealed record TemplateSource
{
    /// <summary>VM id of an existing cloud-init template (<c>homelab:proxmox.templateVmId</c>).</summary>
    public int? VmId { get; init; }

    /// <summary>URL of a cloud image to download (<c>homelab:proxmox.cloudImageUrl</c>).</summary>
    public string? CloudImageUrl { get; init; }

    /// <summary>SHA-256 of the cloud image, hex (<c>homelab:proxmox.cloudImageChecksum</c>); Proxmox verifies it.</summary>
    public string? CloudImageChecksum { get; init; }
}
