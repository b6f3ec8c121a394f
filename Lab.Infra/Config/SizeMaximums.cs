namespace Lab.Infra.Config;

/// <summary>
/// The largest VM sizes the validator accepts, for every role: Proxmox's own limits where it has one, otherwise a
/// lab maximum of our own choosing, past which a value is far more often a unit mistake (KiB typed for MiB, MiB for
/// GiB) than a plan. <see cref="SizeMinimums"/> holds the other end of each range.
/// </summary>
public static class SizeMaximums
{
    /// <summary>
    /// qemu-server refuses to start a VM with more vCPUs than its host has CPU threads ("MAX n vcpus allowed per VM
    /// on this node"); 128 threads is a 64-core workstation CPU, the top of what a home lab runs.
    /// </summary>
    public const int Cores = 128;

    /// <summary>
    /// 512 GiB: eight 64 GiB DIMMs, the most a single-socket board of a home lab holds. The VMs' memory is
    /// dedicated (no ballooning), so a VM cannot have more than its host.
    /// </summary>
    public const int MemoryMiB = 524_288;

    /// <summary>16 TiB: past the largest single disk a home lab buys; 150 GiB typed in MiB (153600) lands above it.</summary>
    public const int DiskGiB = 16_384;

    /// <summary>Why each maximum is what it is, for the messages.</summary>
    internal const string CoresWhy = "qemu-server starts no VM with more vCPUs than its host has threads; 128 is a 64-core workstation's";

    internal const string MemoryWhy = "512 GiB is the most a home-lab host holds, and the memory is dedicated to the VM; a larger value is most likely KiB, not MiB";

    internal const string DiskWhy = "16 TiB is past the largest disk of a home lab; a larger value is most likely MiB, not GiB";
}
