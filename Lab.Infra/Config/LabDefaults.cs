namespace Lab.Infra.Config;

/// <summary>
/// Defaults of every setting: the seed lab of DESIGN.md §1 (192.168.10.0/24, vb0-vb2 .120-.122, vs0-vs2 .130-.132,
/// head .10, rpi0 .53, rpi1 .80, template 2204), so a stack that sets only its secrets, SSH key and Cloudflare ids
/// is that lab. The committed domain is a placeholder. Pulumi.yaml's config section repeats the scalar defaults.
/// </summary>
public static class LabDefaults
{
    public const string Domain = "lab.example.com";

    public const string Cidr = "192.168.10.0/24";
    public const string Gateway = "192.168.10.1";

    /// <summary>Public resolvers run by Cloudflare and Quad9 (the seed's <c>4.4.4.4</c> answers no DNS queries).</summary>
    public static readonly IReadOnlyList<string> UpstreamResolvers = ["1.1.1.1", "9.9.9.9"];

    public const string ProxmoxEndpoint = "https://192.168.10.100:8006";
    public static readonly IReadOnlyList<string> ProxmoxNodes = ["pve0"];
    public const string VmDatastore = "local-lvm";
    public const string SnippetsDatastore = "local";
    public const string Bridge = "vmbr0";

    /// <summary>The seed's Packer-built Ubuntu 22.04 cloud-init template; used unless a cloud image URL is set.</summary>
    public const int TemplateVmId = 2204;

    public const Topology LabTopology = Topology.Standard;

    /// <summary>Three servers survive the loss of one; a development stack runs one.</summary>
    public const int ServerCount = 3;
    public const int DevelopmentServerCount = 1;

    public static readonly RoleConfig Servers = new()
    {
        Count = ServerCount,
        Cores = 4,
        MemoryMiB = 12288,
        DiskGiB = 150,
        FirstIp = "192.168.10.120",
        FirstVmId = 120,
        Name = "vb",
        PveNodes = [],
    };

    public static readonly RoleConfig Clients = new()
    {
        Count = 3,
        Cores = 4,
        MemoryMiB = 12288,
        DiskGiB = 150,
        FirstIp = "192.168.10.130",
        FirstVmId = 130,
        Name = "vs",
        PveNodes = [],
    };

    public static readonly RoleConfig Support = new()
    {
        Count = 1,
        Cores = 2,
        MemoryMiB = 1024,
        DiskGiB = 50,
        FirstIp = "192.168.10.10",
        FirstVmId = 110,
        Name = "head",
        PveNodes = [],
    };

    public static readonly PiHostConfig DnsHost = new() { Name = "rpi0", Address = "192.168.10.53", SshUser = "pi" };
    public static readonly PiHostConfig EdgeHost = new() { Name = "rpi1", Address = "192.168.10.80", SshUser = "pi" };

    /// <summary>The default user of Ubuntu cloud images.</summary>
    public const string SshUser = "ubuntu";

    public const string TunnelName = "homelab";

    /// <summary>
    /// The admin UIs under the lab domain: Nomad, Consul, Fabio (as the seed's edge named it), HAProxy's stats, and
    /// Grafana when monitoring runs. The tunnel puts each one it serves behind Cloudflare Access.
    /// </summary>
    public static IReadOnlyList<string> AdminHostnames(string domain, bool monitoring) =>
        [.. new[] { "nomad", "consul", "fabio", "haproxy" }.Concat(monitoring ? ["grafana"] : []).Select(name => $"{name}.{domain}")];

    public const string NomadRegion = "global";
    public const string NomadDatacenter = "dc1";
    public const string ConsulDatacenter = "dc1";

    /// <summary>What the seed ran: Fabio as the cluster's ingress and the <c>http-echo</c> example service.</summary>
    public static readonly IReadOnlyList<string> Jobs = ["fabio", "http-echo"];

    /// <summary>The seed had a tunnel (set up by hand) and none of the wish-list items.</summary>
    public static readonly FeatureFlags Features = new()
    {
        Tunnel = true,
        Monitoring = false,
        EndToEndTls = false,
        ConsulDiscoveryAtEdge = false,
    };
}
