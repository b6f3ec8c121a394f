namespace Lab.Components;

/// <summary>
/// Every version the lab installs, pinned in one place: apt package versions from the HashiCorp repository
/// (<c>&lt;version&gt;-1</c> is HashiCorp's Debian revision). A stack may override Nomad and Consul; nothing floats.
/// They are installed over SSH after the VM boots (<see cref="Rendering.NodeBaseScript"/>), so a change upgrades the
/// packages in place, and the agents restart one node at a time; it never replaces a VM.
/// </summary>
public static class Versions
{
    /// <summary>Nomad agent (apt package <c>nomad</c>).</summary>
    public const string Nomad = "1.10.5";

    /// <summary>Consul agent (apt package <c>consul</c>).</summary>
    public const string Consul = "1.21.4";

    /// <summary>
    /// The Podman task driver plugin (apt package <c>nomad-driver-podman</c>). 0.6.5 is the first release whose driver
    /// hands Nomad's log FIFOs to the rootless Podman user (hashicorp/nomad-driver-podman#510, CHANGELOG 0.6.5); with
    /// 0.6.3 every task of a rootless socket failed on "permission denied" while Nomad runs as root. Its .deb is built
    /// and promoted by the same HashiCorp release pipeline (.release/ci.hcl) that serves 0.6.3 from the apt repository.
    /// The jobs also log to journald (decision D3), so a driver without the fix would still run them.
    /// </summary>
    public const string NomadDriverPodman = "0.6.5";

    /// <summary>The Debian revision HashiCorp's apt repository gives every release.</summary>
    public const string HashiCorpDebianRevision = "1";

    /// <summary>
    /// The Cloudflare Tunnel connector on the edge Pi: the <c>.deb</c> of this GitHub release, checked against the
    /// SHA-256 sums in <see cref="Rendering.CloudflaredRelease"/>; bump both together.
    /// </summary>
    public const string Cloudflared = "2026.9.3";
}
