using Lab.Components;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Infra.Config;
using Pulumi;
using Pulumi.Command.Remote.Inputs;

namespace Lab.Infra;

/// <summary>Maps a validated <see cref="LabConfig"/> and its <see cref="LabPlan"/> to the components' args.</summary>
internal static class LabComponents
{
    /// <summary>
    /// The one Proxmox provider every ProxmoxVE resource uses (D2): the configured endpoint, the secret API token, and
    /// the API's certificate verified unless the stack says <c>proxmox.insecure</c>. No <c>ssh</c> block: nothing the
    /// lab creates needs SSH to a PVE node (no snippets; cloud images are downloaded and imported through the API).
    /// </summary>
    public static Pulumi.ProxmoxVE.Provider ProxmoxProvider(LabConfig lab, Output<string> apiToken) =>
        new("proxmoxve", new Pulumi.ProxmoxVE.ProviderArgs
        {
            Endpoint = lab.Proxmox.Endpoint,
            ApiToken = Output.CreateSecret(apiToken),
            Insecure = lab.Proxmox.Insecure,
            MinTls = "1.2",
        });

    public static LabVmSettings VmSettings(LabConfig lab, VmSource source, Output<string> sshPrivateKey, IReadOnlyList<Resource> waitFor)
    {
        Ipv4Cidr.TryParse(lab.Network.Cidr, out var cidr, out _);
        return new LabVmSettings
        {
            Domain = lab.Domain,
            Source = source,
            VmDatastore = lab.Proxmox.VmDatastore,
            Bridge = lab.Proxmox.Bridge,
            PrefixLength = cidr.Prefix,
            Gateway = lab.Network.Gateway,
            // The lab's resolvers first, then the upstreams its DNS forwards to: a VM still resolves public names
            // (apt on its first boot) while the lab's DNS host does not answer yet or is down.
            DnsServers = [.. lab.Network.DnsServers, .. lab.Network.UpstreamResolvers.Except(lab.Network.DnsServers, StringComparer.Ordinal)],
            WaitFor = waitFor,
            AdminUser = lab.Ssh.User,
            SshPublicKeys = lab.Ssh.PublicKeys,
            SshPrivateKey = sshPrivateKey,
            NomadVersion = lab.Nomad.Version ?? Versions.Nomad,
            ConsulVersion = lab.Consul.Version ?? Versions.Consul,
            // A development stack is thrown away whole; a lab protects its VMs from an accidental destroy.
            Protect = !lab.Development,
        };
    }

    /// <summary>The template to clone, or (with a cloud image URL) the image downloaded to every PVE node the plan uses.</summary>
    public static VmSource Source(LabConfig lab, LabPlan plan, ComponentResourceOptions options)
    {
        var template = lab.Proxmox.Template;
        if (template.VmId is { } vmId)
        {
            return VmSource.Template(vmId);
        }

        return VmSource.FromImage(new CloudImage("cloud-image", new CloudImageArgs
        {
            Url = template.CloudImageUrl!,
            Sha256 = template.CloudImageChecksum!,
            Datastore = lab.Proxmox.SnippetsDatastore,
            PveNodes = [.. plan.Nodes.Select(n => n.PveNode).Distinct(StringComparer.Ordinal)],
        }, options));
    }

    public static ClusterNaming Naming(LabConfig lab) =>
        new(lab.Nomad.Region, lab.Nomad.Datacenter, lab.Consul.Datacenter);

    public static IReadOnlyList<VmSpec> Vms(LabPlan plan, NodeRoles roles) =>
        [.. plan.Nodes.Where(n => n.Roles == roles).Select(n => new VmSpec(n.Name, n.Ip, n.VmId, n.PveNode, n.Cores, n.MemoryMiB, n.DiskGiB))];

    /// <summary>SSH to a Raspberry Pi as its user with passwordless sudo (decision D4).</summary>
    public static ConnectionArgs PiConnection(PiHostConfig host, Output<string> sshPrivateKey) => new()
    {
        Host = host.Address,
        User = host.SshUser,
        PrivateKey = sshPrivateKey,
    };

    /// <summary>
    /// The Cloudflare provider the tunnel's resources use (decision D2), from the scoped API token: account
    /// Cloudflare Tunnel edit, Access apps and policies edit, zone DNS edit (README, "The tunnel").
    /// </summary>
    public static Pulumi.Cloudflare.Provider CloudflareProvider(Output<string> apiToken) =>
        new("cloudflare", new Pulumi.Cloudflare.ProviderArgs { ApiToken = apiToken });

    /// <summary>The tunnel of a stack with <c>features.tunnel</c>: every public hostname to the edge balancer on the edge Pi.</summary>
    public static CloudflareTunnelArgs Tunnel(LabConfig lab, ConnectionArgs edge) => new()
    {
        AccountId = lab.Cloudflare.AccountId!,
        ZoneId = lab.Cloudflare.ZoneId!,
        ZoneName = lab.Cloudflare.ZoneName,
        TunnelName = lab.Cloudflare.TunnelName,
        PublicHostnames = [.. lab.Cloudflare.PublicHostnames.Select(h => h.Hostname)],
        AdminHostnames = lab.Cloudflare.AdminHostnames,
        AccessEmails = lab.Cloudflare.AccessEmails,
        // HAProxy on the edge Pi's :443 with a certificate from the internal CA, whose root is beside it on the Pi
        // (EdgeBalancer's contract, issue 12); its name is the Pi's own under the lab domain.
        Origin = new TunnelOrigin
        {
            Url = "https://localhost:443",
            ServerName = $"{lab.EdgeHost.Name}.{lab.Domain}",
            CaPool = "/etc/haproxy/certs/lab-ca.pem",
        },
        Host = lab.EdgeHost.Name,
        Connection = edge,
    };
}
