using System.Collections.Immutable;
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

    /// <summary>Whether a log shipper job on this client reads the system journal (the agents' logs); see <see cref="NodeBaseModel.ShipsSystemJournal"/>.</summary>
    public bool ShipsSystemJournal { get; init; }

    /// <summary>Proxmox tags, e.g. <c>homelab</c>, <c>nomad-server</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>
    /// What the VM waits for before it is created and boots, e.g. the DNS server it resolves with: its first boot
    /// installs packages, so the resolvers must answer by then.
    /// </summary>
    public IReadOnlyList<Resource> WaitFor { get; init; } = [];
}

/// <summary>
/// One Ubuntu VM cloned from the cloud-init template (or with a disk imported from a cloud image): Proxmox's own
/// cloud-init gives it its name, the admin user with the SSH keys, a static address and the resolvers, so no snippet
/// is uploaded and the provider needs no SSH to the PVE node. Once cloud-init finished, a push over SSH installs the
/// base (<see cref="NodeBaseScript"/>: hardening, pinned packages, rootless Podman); the cluster components push the
/// agents' configs, certificates and tokens the same way. Every push re-runs when the VM is replaced.
/// </summary>
public sealed class ProxmoxNode : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:ProxmoxNode";

    public ProxmoxNode(string name, ProxmoxNodeArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.Hostname);

        var runsAgents = args.Roles != AgentRoles.None;
        var baseModel = new NodeBaseModel
        {
            NomadVersion = runsAgents ? args.NomadVersion : null,
            ConsulVersion = runsAgents ? args.ConsulVersion : null,
            RunsWorkloads = args.Roles.HasFlag(AgentRoles.Client),
            ShipsSystemJournal = args.ShipsSystemJournal && args.Roles.HasFlag(AgentRoles.Client),
        };
        var baseScript = NodeBaseScript.Render(baseModel);

        var disk = new VmLegacyDiskArgs
        {
            Interface = "scsi0",
            DatastoreId = args.VmDatastore,
            Size = args.DiskGiB,
            Discard = "on",
            // Proxmox gives a disk its own I/O thread only on a controller of its own: virtio-scsi-single (below).
            Iothread = true,
        };
        var vmArgs = new VmLegacyArgs
        {
            Name = args.Hostname,
            NodeName = args.PveNode,
            VmId = args.VmId,
            // The guest agent is installed by the base push; the provider reads no addresses from it (the IP is
            // static), so it does not wait for the agent while a fresh cloud-image VM has none yet.
            Agent = new VmLegacyAgentArgs { Enabled = true, WaitForIp = new VmLegacyAgentWaitForIpArgs { Disabled = true } },
            // "host" passes the CPU's AES-NI through for all the TLS; the price, no live migration between unlike CPUs,
            // does not apply to a lab whose VMs are pinned to their PVE node.
            Cpu = new VmLegacyCpuArgs { Cores = args.Cores, Type = "host" },
            Memory = new VmLegacyMemoryArgs { Dedicated = args.MemoryMiB },
            ScsiHardware = "virtio-scsi-single",
            Disks = { disk },
            NetworkDevices = { new VmLegacyNetworkDeviceArgs { Bridge = args.Bridge, Model = "virtio" } },
            OperatingSystem = new VmLegacyOperatingSystemArgs { Type = "l26" },
            // Proxmox's built-in cloud-init: the VM name is the host name, dns.domain makes the FQDN. None of these
            // fields replaces the VM when it changes (the provider rewrites the cloud-init drive).
            Initialization = new VmLegacyInitializationArgs
            {
                DatastoreId = args.VmDatastore,
                UserAccount = new VmLegacyInitializationUserAccountArgs
                {
                    Username = args.AdminUser,
                    Keys = args.SshPublicKeys.ToList(),
                },
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
            // import_from goes through the API (file_id would run `qm disk import` over SSH on the PVE node), and is
            // read only when the VM is created: a newer image does not replace running VMs.
            disk.ImportFrom = image.FileIdOn(args.PveNode);
        }

        var vm = new VmLegacy($"{name}-vm", vmArgs, new CustomResourceOptions
        {
            Parent = this,
            // The VM id and the IP are pinned: a replacement must delete the old VM before it creates the new one.
            DeleteBeforeReplace = true,
            DependsOn = args.WaitFor.ToList(),
        });

        Connection = new ConnectionArgs
        {
            Host = args.Ip,
            User = args.AdminUser,
            PrivateKey = args.SshPrivateKey,
        };
        // The MAC address Proxmox draws when it creates the VM: it is new after every replacement (the VM id and the
        // IP are pinned and stay), so every command that configures this VM carries it in its triggers and runs again
        // on the new VM.
        Identity = vm.NetworkDevices.Apply(devices => devices.IsDefaultOrEmpty ? "" : devices[0].MacAddress ?? "");

        var cloudInit = new Command($"{name}-cloud-init", new CommandArgs
        {
            Connection = Connection,
            Create = CloudInitWait.Command,
            Triggers = Identity.Apply(id => ImmutableArray.Create<object>(id)),
        }, new CustomResourceOptions { Parent = this, DependsOn = { vm } });

        var (ready, files) = AgentPush.Create(
            $"{name}-base",
            this,
            args.Hostname,
            BaseFiles(baseModel, baseScript),
            [NodeBaseScript.Path],
            [.. new[] { baseModel.ConsulVersion, baseModel.NomadVersion }.OfType<string>()],
            new CustomResourceOptions { Parent = this, DependsOn = { cloudInit } });

        Ready = ready;
        Files = files;
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

    /// <summary>
    /// Changes exactly when the VM is replaced (its NIC's MAC address): put it in the triggers of every command that
    /// configures the VM, so a new VM is configured again.
    /// </summary>
    public Output<string> Identity { get; }

    /// <summary>
    /// Finishes when cloud-init has finished and the base is installed: depend on it before configuring the VM over SSH.
    /// </summary>
    public Resource Ready { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }

    private static List<PushedFile> BaseFiles(NodeBaseModel model, string script)
    {
        List<PushedFile> files =
        [
            PushedFile.Public(NodeBaseScript.SshdDropIn, "root", Output.Create(NodeBaseScript.SshdConfig)),
            PushedFile.Public(NodeBaseScript.Path, "root", Output.Create(script)) with { Mode = "0755" },
        ];
        if (model.RunsAgents)
        {
            files.Add(PushedFile.Public(HashiCorpAptKey.Path, "root", Output.Create(HashiCorpAptKey.Armored)));
            files.Add(PushedFile.Public(AgentRestartScript.Path, "root", Output.Create(AgentRestartScript.Render())) with { Mode = "0755" });
        }

        if (model.RunsWorkloads)
        {
            files.Add(PushedFile.Public(NodeBaseScript.DelegateDropIn, "root", Output.Create(NodeBaseScript.DelegateConfig)));
        }

        return files;
    }
}
