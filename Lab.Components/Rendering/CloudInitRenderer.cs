using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>
/// Renders the cloud-init user-data of a lab VM: host name, the admin user, SSH-only login, a grown root
/// filesystem, and the pinned packages of the node's role. Pure: the same model always gives the same text.
/// </summary>
public static class CloudInitRenderer
{
    /// <summary>The fingerprint of HashiCorp's apt signing key, the one served at https://apt.releases.hashicorp.com/gpg.</summary>
    private const string HashiCorpKeyFingerprint = "798AEC654E5C15428C8E42EEAA16FCBCA621E701";

    private const string AdminSudoRule = "ALL=(ALL) NOPASSWD:ALL";

    private const string NoLoginShell = "/usr/sbin/nologin";

    private static readonly ISerializer Serializer = new SerializerBuilder()
        // cloud-init reads YAML 1.1 (PyYAML), where plain "0755", "no" or "on" are not strings: quote such strings.
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .DisableAliases()
        .WithEventEmitter(next => new CloudConfigFlowListEmitter(next))
        .Build();

    /// <summary>
    /// The <c>#cloud-config</c> user-data for <paramref name="model"/>, with <c>"\n"</c> line endings.
    /// </summary>
    /// <exception cref="ArgumentException">The model breaks a rule; the message lists every broken rule and its fix.</exception>
    public static string Render(CloudInitModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var errors = CloudInitModelRules.Check(model);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join('\n', errors), nameof(model));
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("#cloud-config\n");

        // An unlimited width: YamlDotNet would otherwise fold a long SSH key line over several lines.
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024,
            indentSequences: true, newLine: "\n");
        Serializer.Serialize(new Emitter(writer, settings), Document(model));
        return writer.ToString();
    }

    private static CloudConfigDocument Document(CloudInitModel model)
    {
        (string Nomad, string Consul)? agents = model is { NomadVersion: { } nomad, ConsulVersion: { } consul } ? (nomad, consul) : null;
        return new CloudConfigDocument
        {
            Hostname = model.Hostname,
            Fqdn = model.Fqdn,
            PreserveHostname = false,
            ManageEtcHosts = true,
            DisableRoot = true,
            SshPasswordAuthentication = false,
            Users = Users(model),
            Growpart = new CloudConfigGrowpart { Mode = "auto", Devices = ["/"] },
            ResizeRootfs = true,
            PackageUpdate = true,

            // A stable base: an upgrade here would make a VM's packages depend on the day it was built, and could
            // want a reboot in the middle of the first boot. Updates belong to running nodes, one node at a time.
            PackageUpgrade = false,
            Apt = agents is null ? null : HashiCorpApt(),
            Packages = Packages(agents, model.RunsWorkloads),
            RunCommands = RunCommands(agents is not null, model.RunsWorkloads),
        };
    }

    private static List<CloudConfigUser> Users(CloudInitModel model)
    {
        // No "default" entry: the admin user replaces the image's default user instead of being created beside it.
        List<CloudConfigUser> users =
        [
            new CloudConfigUser
            {
                Name = model.AdminUser,
                Groups = ["sudo"],
                Shell = "/bin/bash",
                Sudo = AdminSudoRule,
                LockPassword = true,
                SshAuthorizedKeys = model.SshPublicKeys,
            },
        ];

        if (model.RunsWorkloads)
        {
            // Rootless Podman maps container uids through /etc/subuid and /etc/subgid. Ubuntu's useradd gives every
            // non-system user such a range (SUB_UID_COUNT in /etc/login.defs), so this is a regular user, not "system".
            // Its uid is pinned because Nomad's podman driver config names /run/user/<uid>/podman/podman.sock.
            users.Add(new CloudConfigUser
            {
                Name = AgentPaths.PodmanUser,
                Uid = AgentPaths.PodmanUid,
                Shell = NoLoginShell,
                LockPassword = true,
            });
        }

        return users;
    }

    private static CloudConfigApt HashiCorpApt() => new()
    {
        Sources = new SortedDictionary<string, CloudConfigAptSource>(StringComparer.Ordinal)
        {
            ["hashicorp"] = new CloudConfigAptSource
            {
                // HashiCorp's documented source line, with the keyring cloud-init writes in place of /usr/share/keyrings.
                Source = "deb [signed-by=$KEY_FILE] https://apt.releases.hashicorp.com $RELEASE main",
                KeyId = HashiCorpKeyFingerprint,
                KeyServer = "keyserver.ubuntu.com",
            },
        },
    };

    private static List<object> Packages((string Nomad, string Consul)? agents, bool runsWorkloads)
    {
        // Proxmox reads the VM's addresses and shuts it down cleanly through the guest agent.
        List<object> packages = ["qemu-guest-agent"];
        if (agents is { } versions)
        {
            packages.Add(Pinned("consul", versions.Consul));
            packages.Add(Pinned("nomad", versions.Nomad));
        }

        if (runsWorkloads)
        {
            packages.Add("podman");
            packages.Add(Pinned("nomad-driver-podman", Versions.NomadDriverPodman));
        }

        return packages;
    }

    /// <summary>cloud-init installs a <c>[name, version]</c> entry as <c>apt-get install name=version</c>.</summary>
    private static CloudConfigFlowList Pinned(string name, string version) => new(name, $"{version}-{Versions.HashiCorpDebianRevision}");

    private static List<CloudConfigFlowList> RunCommands(bool agents, bool runsWorkloads)
    {
        List<CloudConfigFlowList> commands =
        [
            // disable_root only refuses root over SSH; this also locks root's password for the console.
            new("passwd", "--lock", "root"),

            // udev starts the agent when its virtio port appears; installed at first boot, it arrives after that event.
            new("systemctl", "enable", "--now", "qemu-guest-agent"),
        ];

        if (agents)
        {
            // Keeps a manual `apt upgrade` from moving an agent off its pinned version; a version change is a
            // deliberate, rolling step. Consul and Nomad are not started here: their config, certificates and
            // tokens arrive later over SSH, and the step that writes them enables the services.
            commands.Add(runsWorkloads
                ? new("apt-mark", "hold", "nomad", "consul", "nomad-driver-podman")
                : new("apt-mark", "hold", "nomad", "consul"));
        }

        if (runsWorkloads)
        {
            // Lingering keeps the Podman user's systemd manager (and its podman.socket, which Nomad's driver talks
            // to) running without a login session. Starting user@<uid> waits until that manager is up, which
            // enable-linger alone does not, so the next command finds its bus.
            commands.Add(new("loginctl", "enable-linger", AgentPaths.PodmanUser));
            commands.Add(new("systemctl", "start", $"user@{AgentPaths.PodmanUid.ToString(CultureInfo.InvariantCulture)}.service"));
            commands.Add(new("systemctl", "--user", "--machine", $"{AgentPaths.PodmanUser}@", "enable", "--now", "podman.socket"));

            // The directory behind the Nomad host volume "data", which the client config pushed later declares.
            commands.Add(new("install", "-d", "-m", "0755", AgentPaths.DataVolume));
        }

        return commands;
    }
}
