using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;
using Pulumi.Command.Remote.Inputs;
using Pulumi.ProxmoxVE;
using Pulumi.ProxmoxVE.Inputs;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="ProxmoxNode"/>: one VM, all of it known from config.</summary>
public sealed record ProxmoxNodeArgs
{
    /// <summary>VM and host name, e.g. <c>vb0</c>.</summary>
    public required string Hostname { get; init; }

    /// <summary>DNS domain; the host's FQDN is <c>&lt;hostname&gt;.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Static IPv4 address.</summary>
    public required string Ip { get; init; }

    /// <summary>Prefix length of the lab network, e.g. 24.</summary>
    public required int PrefixLength { get; init; }

    /// <summary>Default gateway.</summary>
    public required string Gateway { get; init; }

    /// <summary>Resolvers the VM uses.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }

    /// <summary>Proxmox node the VM runs on.</summary>
    public required string PveNode { get; init; }

    /// <summary>Pinned VM id: ids left to Proxmox collide when VMs are cloned in parallel.</summary>
    public required int VmId { get; init; }

    /// <summary>The template or cloud image the disk comes from.</summary>
    public required VmSource Source { get; init; }

    /// <summary>vCPUs.</summary>
    public required int Cores { get; init; }

    /// <summary>Memory in MiB.</summary>
    public required int MemoryMiB { get; init; }

    /// <summary>Root disk in GiB; the template's disk is grown to it and cloud-init grows the filesystem.</summary>
    public required int DiskGiB { get; init; }

    /// <summary>Datastore for the disk and the cloud-init drive, e.g. <c>local-lvm</c>.</summary>
    public required string VmDatastore { get; init; }

    /// <summary>Datastore with the <c>snippets</c> content type for the user data, e.g. <c>local</c>.</summary>
    public required string SnippetsDatastore { get; init; }

    /// <summary>Bridge of the VM's NIC, e.g. <c>vmbr0</c>.</summary>
    public required string Bridge { get; init; }

    /// <summary>The admin user cloud-init creates (root stays locked).</summary>
    public required string AdminUser { get; init; }

    /// <summary>OpenSSH public keys of <see cref="AdminUser"/>.</summary>
    public required IReadOnlyList<string> SshPublicKeys { get; init; }

    /// <summary>The private key the program's remote commands log in with (secret).</summary>
    public required Input<string> SshPrivateKey { get; init; }

    /// <summary>Which agents the VM runs; <see cref="AgentRoles.None"/> installs neither Nomad nor Consul.</summary>
    public required AgentRoles Roles { get; init; }

    /// <summary>Nomad version installed on agent VMs.</summary>
    public string NomadVersion { get; init; } = Versions.Nomad;

    /// <summary>Consul version installed on agent VMs.</summary>
    public string ConsulVersion { get; init; } = Versions.Consul;

    /// <summary>Proxmox tags, e.g. <c>homelab</c>, <c>nomad-server</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}

/// <summary>
/// One Ubuntu VM cloned from the cloud-init template: a user-data snippet with only the stable base (user, keys,
/// packages, repository), a static address, and a remote command that waits for cloud-init to finish. Whatever
/// changes later (agent configs, certificates, tokens) is pushed over SSH by the cluster components, because a
/// change to user data replaces the VM.
/// </summary>
public sealed class ProxmoxNode : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:ProxmoxNode";

    /// <summary>Where the user data sits on the snippets datastore, per host.</summary>
    public static string UserDataFileName(string hostname) => $"{hostname}-user-data.yaml";

    public ProxmoxNode(string name, ProxmoxNodeArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.Hostname);

        var runsAgents = args.Roles != AgentRoles.None;
        var userData = CloudInitRenderer.Render(new CloudInitModel
        {
            Hostname = args.Hostname,
            Fqdn = $"{args.Hostname}.{args.Domain}",
            AdminUser = args.AdminUser,
            SshPublicKeys = args.SshPublicKeys,
            NomadVersion = runsAgents ? args.NomadVersion : null,
            ConsulVersion = runsAgents ? args.ConsulVersion : null,
            RunsWorkloads = args.Roles.HasFlag(AgentRoles.Client),
        });

        var snippet = new FileLegacy($"{name}-user-data", new FileLegacyArgs
        {
            ContentType = "snippets",
            DatastoreId = args.SnippetsDatastore,
            NodeName = args.PveNode,
            SourceRaw = new FileLegacySourceRawArgs
            {
                Data = userData,
                FileName = UserDataFileName(args.Hostname),
            },
        }, new CustomResourceOptions { Parent = this });

        var disk = new VmLegacyDiskArgs
        {
            Interface = "scsi0",
            DatastoreId = args.VmDatastore,
            Size = args.DiskGiB,
            Discard = "on",
            Iothread = true,
        };
        var vmArgs = new VmLegacyArgs
        {
            Name = args.Hostname,
            NodeName = args.PveNode,
            VmId = args.VmId,
            Agent = new VmLegacyAgentArgs { Enabled = true },
            // "host" passes the CPU's AES-NI through for all the TLS; the price, no live migration between unlike CPUs,
            // does not apply to a lab whose VMs are pinned to their PVE node.
            Cpu = new VmLegacyCpuArgs { Cores = args.Cores, Type = "host" },
            Memory = new VmLegacyMemoryArgs { Dedicated = args.MemoryMiB },
            Disks = { disk },
            NetworkDevices = { new VmLegacyNetworkDeviceArgs { Bridge = args.Bridge, Model = "virtio" } },
            OperatingSystem = new VmLegacyOperatingSystemArgs { Type = "l26" },
            Initialization = new VmLegacyInitializationArgs
            {
                DatastoreId = args.VmDatastore,
                UserDataFileId = snippet.Id,
                IpConfigs =
                {
                    new VmLegacyInitializationIpConfigArgs
                    {
                        Ipv4 = new VmLegacyInitializationIpConfigIpv4Args
                        {
                            Address = $"{args.Ip}/{args.PrefixLength}",
                            Gateway = args.Gateway,
                        },
                    },
                },
                Dns = new VmLegacyInitializationDnsArgs { Domain = args.Domain, Servers = args.DnsServers.ToList() },
            },
            OnBoot = true,
            Started = true,
            StopOnDestroy = true,
            Tags = args.Tags.Order(StringComparer.Ordinal).ToList(),
        };
        if (args.Source.TemplateVmId is { } template)
        {
            vmArgs.Clone = new VmLegacyCloneArgs { VmId = template, Full = true };
        }
        else if (args.Source.Image is { } image)
        {
            disk.FileId = image.FileIdOn(args.PveNode);
        }

        var vm = new VmLegacy($"{name}-vm", vmArgs, new CustomResourceOptions { Parent = this });

        Connection = new ConnectionArgs
        {
            Host = args.Ip,
            User = args.AdminUser,
            PrivateKey = args.SshPrivateKey,
        };

        Ready = new Command($"{name}-cloud-init", new CommandArgs
        {
            Connection = Connection,
            Create = CloudInitWait.Command,
        }, new CustomResourceOptions { Parent = this, DependsOn = { vm } });

        // Named by its Proxmox volume id: the user data lives on the PVE node, not on the VM.
        Files = [new HostFile(args.Hostname, $"{args.SnippetsDatastore}:snippets/{UserDataFileName(args.Hostname)}", Output.Create(userData))];
        Name = Output.Create(args.Hostname);
        Ip = Output.Create(args.Ip);
        VmId = vm.VmId;
        RegisterOutputs();
    }

    /// <summary>Host name.</summary>
    [Output("name")]
    public Output<string> Name { get; private set; }

    /// <summary>Static IPv4 address.</summary>
    [Output("ip")]
    public Output<string> Ip { get; private set; }

    /// <summary>Proxmox VM id.</summary>
    [Output("vmId")]
    public Output<int> VmId { get; private set; }

    /// <summary>SSH connection for remote commands on this VM, as the admin user.</summary>
    public ConnectionArgs Connection { get; }

    /// <summary>Finishes when cloud-init has finished on the VM: depend on it before configuring the VM over SSH.</summary>
    public Resource Ready { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }
}
