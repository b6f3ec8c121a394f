namespace Lab.Infra.Config;

/// <summary>How the lab's roles map to VMs (<c>homelab:topology</c>).</summary>
public enum Topology
{
    /// <summary>Servers and clients are separate VMs, plus the optional support VM (the seed lab).</summary>
    Standard,

    /// <summary>Every server is also a client: fewer VMs for a small lab; no separate clients or support VM.</summary>
    Compact,
}
