namespace Lab.Infra.Config;

/// <summary>
/// One role's VMs (<c>homelab:servers</c>, <c>homelab:clients</c>, <c>homelab:support</c>). Node i gets
/// <see cref="FirstIp"/> + i and <see cref="FirstVmId"/> + i, so that addresses and VM ids are pinned by config
/// (parallel clones with ids left to Proxmox collide).
/// </summary>
public sealed record RoleConfig
{
    /// <summary>Number of VMs in the role.</summary>
    public required int Count { get; init; }

    /// <summary>vCPUs per VM.</summary>
    public required int Cores { get; init; }

    /// <summary>Memory per VM in MiB.</summary>
    public required int MemoryMiB { get; init; }

    /// <summary>Root disk per VM in GiB; the template's disk is grown to it on clone.</summary>
    public required int DiskGiB { get; init; }

    /// <summary>IPv4 address of the first VM; the others follow consecutively.</summary>
    public required string FirstIp { get; init; }

    /// <summary>Proxmox VM id of the first VM; the others follow consecutively.</summary>
    public required int FirstVmId { get; init; }

    /// <summary>
    /// Base of the VM names: servers and clients add their index (<c>vb0</c>, <c>vb1</c>); the single support VM
    /// uses it as is (<c>head</c>).
    /// </summary>
    public required string Name { get; init; }

    /// <summary>PVE nodes this role is spread over, round-robin; empty means every node in <c>homelab:proxmox.nodes</c>.</summary>
    public required IReadOnlyList<string> PveNodes { get; init; }
}
