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
    /// <summary>
    /// The Nomad jobs' container images, fully qualified (Podman refuses short names without an alias) and pinned to a
    /// release tag; <see cref="Jobs.JobRules"/> rejects any other form.
    /// </summary>
    public static class Images
    {
        /// <summary>Fabio, the lab's HTTP router (fabiolb/fabio releases).</summary>
        public const string Fabio = "docker.io/fabiolb/fabio:1.6.3";

        /// <summary>HashiCorp's echo server; 1.0.0 serves <c>/health</c> beside the echoed text.</summary>
        public const string HttpEcho = "docker.io/hashicorp/http-echo:1.0.0";

        /// <summary>Prometheus, the 3.5 long-term-support line.</summary>
        public const string Prometheus = "docker.io/prom/prometheus:v3.5.0";

        /// <summary>Grafana.</summary>
        public const string Grafana = "docker.io/grafana/grafana:12.1.1";

        /// <summary>Loki, single binary.</summary>
        public const string Loki = "docker.io/grafana/loki:3.5.3";

        /// <summary>Grafana Alloy, the log shipper (Promtail's successor; it reads the systemd journal).</summary>
        public const string Alloy = "docker.io/grafana/alloy:v1.10.2";

        /// <summary>Prometheus' node exporter, the hosts' metrics.</summary>
        public const string NodeExporter = "quay.io/prometheus/node-exporter:v1.9.1";
    }
}
