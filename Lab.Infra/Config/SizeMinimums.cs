namespace Lab.Infra.Config;

/// <summary>
/// The smallest VM sizes the validator accepts, per role. Below them the software of the role does not fit; above
/// them it runs, if slowly. A compact node runs both server and client, so it needs both memory and disk budgets.
/// </summary>
public static class SizeMinimums
{
    /// <summary>Proxmox needs at least one vCPU per VM; the agents themselves are light.</summary>
    public const int Cores = 1;

    /// <summary>Consul and Nomad servers keep their whole state in memory, beside the Ubuntu guest.</summary>
    public const int ServerMemoryMiB = 1024;

    /// <summary>The 5 GiB template plus two agents' binaries, Raft data, snapshots and journald.</summary>
    public const int ServerDiskGiB = 10;

    /// <summary>The client agents, rootless Podman and Fabio, the system job every client runs.</summary>
    public const int ClientMemoryMiB = 2048;

    /// <summary>Container images land in the Podman user's storage on the root disk.</summary>
    public const int ClientDiskGiB = 20;

    /// <summary>The support VM gets only the base; 512 MiB is the floor of an Ubuntu cloud guest with the QEMU agent.</summary>
    public const int SupportMemoryMiB = 512;

    /// <summary>The template plus room for tooling; same floor as a server.</summary>
    public const int SupportDiskGiB = 10;
}
