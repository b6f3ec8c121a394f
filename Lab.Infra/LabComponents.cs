using Lab.Components;
using Lab.Components.Components;
using Lab.Infra.Config;
using Pulumi;

namespace Lab.Infra;

/// <summary>Maps a validated <see cref="LabConfig"/> and its <see cref="LabPlan"/> to the components' args.</summary>
internal static class LabComponents
{
    public static LabVmSettings VmSettings(LabConfig lab, VmSource source, Output<string> sshPrivateKey)
    {
        Ipv4Cidr.TryParse(lab.Network.Cidr, out var cidr, out _);
        return new LabVmSettings
        {
            Domain = lab.Domain,
            Source = source,
            VmDatastore = lab.Proxmox.VmDatastore,
            SnippetsDatastore = lab.Proxmox.SnippetsDatastore,
            Bridge = lab.Proxmox.Bridge,
            PrefixLength = cidr.Prefix,
            Gateway = lab.Network.Gateway,
            DnsServers = lab.Network.DnsServers,
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
    public static VmSource Source(LabConfig lab, LabPlan plan)
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
        }));
    }

    public static ClusterNaming Naming(LabConfig lab) =>
        new(lab.Nomad.Region, lab.Nomad.Datacenter, lab.Consul.Datacenter);

    public static IReadOnlyList<VmSpec> Vms(LabPlan plan, NodeRoles roles) =>
        [.. plan.Nodes.Where(n => n.Roles == roles).Select(n => new VmSpec(n.Name, n.Ip, n.VmId, n.PveNode, n.Cores, n.MemoryMiB, n.DiskGiB))];
}
