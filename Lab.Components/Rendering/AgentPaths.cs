namespace Lab.Components.Rendering;

/// <summary>
/// Where the agents' files live on a VM. The HashiCorp packages run <c>consul</c> as user <c>consul</c> with
/// <c>-config-dir=/etc/consul.d</c> and <c>nomad</c> as root with <c>-config-dir=/etc/nomad.d</c>; each agent gets its
/// own copy of the node certificate so that each can own (and restart on) its own files.
/// </summary>
public static class AgentPaths
{
    public const string ConsulDir = "/etc/consul.d";
    public const string ConsulConfig = "/etc/consul.d/consul.json";
    public const string ConsulTlsDir = "/etc/consul.d/tls";
    public const string ConsulDataDir = "/opt/consul";

    public const string NomadDir = "/etc/nomad.d";
    public const string NomadConfig = "/etc/nomad.d/nomad.json";
    public const string NomadTlsDir = "/etc/nomad.d/tls";
    public const string NomadDataDir = "/opt/nomad/data";

    /// <summary>
    /// The packages' own config files. Their systemd units start only when these are not empty
    /// (<c>ConditionFileNotEmpty</c>), and their sample settings would merge with ours (Nomad's enables a dev-like
    /// server and client), so each is replaced by <see cref="PackageConfigMarker"/>: a comment and nothing else.
    /// </summary>
    public const string ConsulPackageConfig = "/etc/consul.d/consul.hcl";

    /// <inheritdoc cref="ConsulPackageConfig"/>
    public const string NomadPackageConfig = "/etc/nomad.d/nomad.hcl";

    /// <summary>What the package config files hold instead of the samples.</summary>
    public static string PackageConfigMarker(string configFile) =>
        $"# Configured by the homelab Pulumi program in {configFile}; this file only keeps the package's systemd unit startable.\n";

    /// <summary>File names inside each TLS directory.</summary>
    public const string CaFile = "ca.pem";
    public const string CertFile = "agent.pem";
    public const string KeyFile = "agent-key.pem";

    /// <summary>The Nomad host volume <c>data</c> on every node that runs jobs.</summary>
    public const string DataVolume = "/var/data";

    /// <summary>
    /// The rootless Podman user on nodes that run jobs. Its uid is pinned so that its socket path,
    /// <c>/run/user/&lt;uid&gt;/podman/podman.sock</c>, is known when Nomad's config is rendered.
    /// </summary>
    public const string PodmanUser = "podman";
    public const int PodmanUid = 1100;
    public static string PodmanSocket => $"unix:///run/user/{PodmanUid}/podman/podman.sock";
}
