namespace Lab.Components;

/// <summary>
/// Every version the lab installs, pinned in one place: apt package versions from the HashiCorp repository
/// (<c>&lt;version&gt;-1</c> is HashiCorp's Debian revision). A stack may override Nomad and Consul; nothing floats.
/// </summary>
public static class Versions
{
    /// <summary>Nomad agent (apt package <c>nomad</c>).</summary>
    public const string Nomad = "1.10.5";

    /// <summary>Consul agent (apt package <c>consul</c>).</summary>
    public const string Consul = "1.21.4";

    /// <summary>The Podman task driver plugin (apt package <c>nomad-driver-podman</c>).</summary>
    public const string NomadDriverPodman = "0.6.3";

    /// <summary>The Debian revision HashiCorp's apt repository gives every release.</summary>
    public const string HashiCorpDebianRevision = "1";
}
