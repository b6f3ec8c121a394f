using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// The base of every lab VM, as a bash script run as root over SSH once cloud-init finished: root locked and SSH by key
/// only, the QEMU guest agent, HashiCorp's repository signed by the shipped key with the agents pinned and held, and on
/// nodes that run jobs the rootless Podman user with lingering, subordinate ids, delegated cgroup controllers, its API
/// socket and the host volume. Each run converges, so it re-runs whenever it or the VM changes. The files it relies on
/// (the sshd drop-in, the key, the <c>user@.service</c> drop-in) are written beside it by the same push.
/// </summary>
public static partial class NodeBaseScript
{
    /// <summary>Where the script is installed on the VM and run from.</summary>
    public const string Path = "/usr/local/lib/homelab/base.sh";

    /// <summary>The sshd drop-in; Ubuntu's sshd_config includes sshd_config.d first, and the first value of a key wins.</summary>
    public const string SshdDropIn = "/etc/ssh/sshd_config.d/10-homelab.conf";

    /// <summary>Where journald keeps the persistent journal, the log shipper's host volume <c>journal</c>.</summary>
    public const string JournalDirectory = "/var/log/journal";

    /// <summary>The drop-in that delegates cgroup controllers to every user's systemd manager, the Podman user's included.</summary>
    public const string DelegateDropIn = "/etc/systemd/system/user@.service.d/delegate.conf";

    /// <summary>
    /// The controllers a rootless container's limits need: Nomad's Podman driver sets CPU shares and a cpuset, memory and
    /// pid limits, and Podman's io limits need io. Without delegation, systemd gives a user's manager only memory and pids.
    /// </summary>
    public static readonly IReadOnlyList<string> DelegatedControllers = ["cpu", "cpuset", "io", "memory", "pids"];

    /// <summary>Keys only, no root login, whatever the image's sshd_config says.</summary>
    public const string SshdConfig = "PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n";

    /// <summary>The <see cref="DelegateDropIn"/> content (systemd.resource-control, <c>Delegate=</c>).</summary>
    public static string DelegateConfig => $"[Service]\nDelegate={string.Join(' ', DelegatedControllers)}\n";

    /// <summary>The script; throws <see cref="ArgumentException"/> when the model's versions do not fit together.</summary>
    public static string Render(NodeBaseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(model);

        var script = new StringBuilder();
        script.Append(CultureInfo.InvariantCulture, $$"""
            #!/bin/bash
            # The base of a lab VM (NodeBaseScript), pushed by the homelab Pulumi program and run as root after cloud-init.
            # Each run converges: running it again changes only what differs.
            set -euo pipefail
            export DEBIAN_FRONTEND=noninteractive
            fail() { printf 'base: %s\n' "$1" >&2; exit 1; }

            # Root has no password (console) and no SSH login; SSH takes keys only ({{SshdDropIn}}).
            passwd --lock root >/dev/null
            sshd -t || fail 'sshd rejects its configuration'
            systemctl reload ssh.service

            """);
        if (model is { NomadVersion: { } nomad, ConsulVersion: { } consul })
        {
            List<string> packages = ["qemu-guest-agent", Pinned("consul", consul), Pinned("nomad", nomad)];
            List<string> held = ["consul", "nomad"];
            if (model.RunsWorkloads)
            {
                // acl: setfacl, for the system journal's reader (ShipsSystemJournal).
                packages.AddRange(["podman", "acl", Pinned("nomad-driver-podman", Versions.NomadDriverPodman)]);
                held.Add("nomad-driver-podman");
            }

            script.Append(CultureInfo.InvariantCulture, $$"""
                # HashiCorp's repository, signed by the key shipped beside this script (fingerprint {{HashiCorpAptKey.Fingerprint}}).
                # shellcheck source=/dev/null
                codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
                printf 'deb [signed-by={{HashiCorpAptKey.Path}}] https://apt.releases.hashicorp.com %s main\n' "$codename" >/etc/apt/sources.list.d/hashicorp.list
                apt-get update -q
                # Pinned and held: a manual upgrade cannot move an agent, and a version change here rolls node by node.
                apt-get install -y -q --allow-change-held-packages {{string.Join(' ', packages)}}
                apt-mark hold {{string.Join(' ', held)}} >/dev/null

                """);
        }
        else
        {
            script.Append("apt-get update -q\napt-get install -y -q qemu-guest-agent\n");
        }

        // udev starts the agent when its virtio port appears at boot; installed later, it has to be started.
        script.Append("systemctl start qemu-guest-agent.service\n");
        if (model.RunsWorkloads)
        {
            AppendPodman(script);
            AppendJournalAccess(script, model.ShipsSystemJournal);
        }

        script.Append("echo 'base: done'\n");
        return script.ToString().ReplaceLineEndings("\n");
    }

    private static void AppendPodman(StringBuilder script)
    {
        var uid = AgentPaths.PodmanUid.ToString(CultureInfo.InvariantCulture);
        var user = AgentPaths.PodmanUser;
        script.Append(CultureInfo.InvariantCulture, $$"""

            # The rootless Podman user: no login; its uid is pinned because Nomad's driver config names its socket.
            if ! id -u {{user}} >/dev/null 2>&1; then
              useradd --uid {{uid}} --user-group --create-home --shell /usr/sbin/nologin {{user}}
            fi
            [[ $(id -u {{user}}) == {{uid}} ]] || fail "user {{user}} exists with another uid than {{uid}}"
            # Subordinate ids for its user namespace. useradd assigns them (SUB_UID_COUNT in /etc/login.defs); an image
            # without that setting gets the next free 65536 ids here.
            for file in /etc/subuid /etc/subgid; do
              if ! grep -q '^{{user}}:' "$file"; then
                start=$(awk -F: 'BEGIN { end = 100000 } $2 + $3 > end { end = $2 + $3 } END { print end }' "$file")
                printf '{{user}}:%s:65536\n' "$start" >>"$file"
              fi
            done
            # The Delegate= drop-in is read when the user's manager starts: reload first, then lingering starts it.
            systemctl daemon-reload
            loginctl enable-linger {{user}}
            systemctl start user@{{uid}}.service
            controllers=/sys/fs/cgroup/user.slice/user-{{uid}}.slice/user@{{uid}}.service/cgroup.controllers
            for controller in {{string.Join(' ', DelegatedControllers)}}; do
              grep -qw "$controller" "$controllers" \
                || fail "cgroup controller $controller is not delegated to user@{{uid}} ($controllers): its manager started before {{DelegateDropIn}}; reboot the VM"
            done
            systemctl --user --machine {{user}}@ enable --now podman.socket
            [[ -S /run/user/{{uid}}/podman/podman.sock ]] || fail 'the Podman API socket /run/user/{{uid}}/podman/podman.sock is missing'
            # The Nomad host volume: a rootless container's root is the Podman user on the host, so it owns the directory.
            install -d -m 0750 -o {{user}} -g {{user}} {{AgentPaths.DataVolume}}
            # The read-only host volume machine-id is a file systemd writes at first boot: without it the log shipper's
            # mount fails when the task starts, long after this script; say so here.
            [[ -s {{NomadAgentHostVolumes.MachineId.Path}} ]] || fail '{{NomadAgentHostVolumes.MachineId.Path}} is missing or empty: the host volume {{NomadAgentHostVolumes.MachineId.Name}} needs it'

            """);
    }

    /// <summary>
    /// The agents log to the system journal (root:systemd-journal, 0640); the log shipper runs as the Podman user (root
    /// in its rootless container), whose groups a container does not keep, so the user itself gets read access by ACL,
    /// the way journalctl(1) documents, with a default entry so that files journald creates later inherit it.
    /// </summary>
    private static void AppendJournalAccess(StringBuilder script, bool grant)
    {
        var user = AgentPaths.PodmanUser;
        script.Append(grant
            ? $$"""
                # The log shipper reads the agents' system journal: read access for {{user}} by ACL, now and for new files.
                [[ -d {{JournalDirectory}} ]] || fail 'journald keeps no persistent journal ({{JournalDirectory}} is missing): the log shipper would read nothing'
                setfacl -R -n -m u:{{user}}:rX,d:u:{{user}}:rX {{JournalDirectory}}

                """
            : $$"""
                # No log shipper reads the system journal (monitoring is off): {{user}} keeps no ACL on it.
                if [[ -d {{JournalDirectory}} ]]; then setfacl -R -x u:{{user}},d:u:{{user}} {{JournalDirectory}} 2>/dev/null || true; fi

                """);
    }

    /// <summary>apt's <c>name=version</c> with HashiCorp's Debian revision.</summary>
    private static string Pinned(string name, string version) => $"{name}={version}-{Versions.HashiCorpDebianRevision}";

    private static void Validate(NodeBaseModel model)
    {
        var errors = new List<string>();
        if ((model.NomadVersion is null) != (model.ConsulVersion is null))
        {
            errors.Add($"Only one of {nameof(NodeBaseModel.NomadVersion)} and {nameof(NodeBaseModel.ConsulVersion)} is set: a node runs both agents or neither");
        }

        if (model.ShipsSystemJournal && !model.RunsWorkloads)
        {
            errors.Add($"{nameof(NodeBaseModel.ShipsSystemJournal)} is true on a node that runs no jobs: the log shipper is a job");
        }

        if (model.RunsWorkloads && !model.RunsAgents)
        {
            errors.Add($"{nameof(NodeBaseModel.RunsWorkloads)} is true without the agents: a workload node runs the Nomad client; set both versions");
        }

        foreach (var (property, version) in new[] { (nameof(NodeBaseModel.NomadVersion), model.NomadVersion), (nameof(NodeBaseModel.ConsulVersion), model.ConsulVersion) })
        {
            // The script appends HashiCorp's Debian revision itself; a value that already has one would pin "x.y.z-1-1".
            if (version is not null && !ReleaseVersion().IsMatch(version))
            {
                errors.Add($"{property} '{version}' is not a release version (major.minor.patch, without the Debian revision '-{Versions.HashiCorpDebianRevision}')");
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"{nameof(NodeBaseModel)} is invalid: {string.Join("; ", errors)}", nameof(model));
        }
    }

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseVersion();
}
