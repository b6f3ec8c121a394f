#!/bin/bash
# The base of a lab VM (NodeBaseScript), pushed by the homelab Pulumi program and run as root after cloud-init.
# Each run converges: running it again changes only what differs.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
fail() { printf 'base: %s\n' "$1" >&2; exit 1; }

# Root has no password (console) and no SSH login; SSH takes keys only (/etc/ssh/sshd_config.d/10-homelab.conf).
passwd --lock root >/dev/null
sshd -t || fail 'sshd rejects its configuration'
systemctl reload ssh.service
# HashiCorp's repository, signed by the key shipped beside this script (fingerprint 798AEC654E5C15428C8E42EEAA16FCBCA621E701).
# shellcheck source=/dev/null
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
printf 'deb [signed-by=/etc/apt/keyrings/hashicorp-archive-keyring.asc] https://apt.releases.hashicorp.com %s main\n' "$codename" >/etc/apt/sources.list.d/hashicorp.list
apt-get update -q
# Pinned and held: a manual upgrade cannot move an agent, and a version change here rolls node by node.
apt-get install -y -q --allow-change-held-packages qemu-guest-agent consul=1.21.4-1 nomad=1.10.5-1 podman acl nomad-driver-podman=0.6.5-1
apt-mark hold consul nomad nomad-driver-podman >/dev/null
systemctl start qemu-guest-agent.service

# The rootless Podman user: no login; its uid is pinned because Nomad's driver config names its socket.
if ! id -u podman >/dev/null 2>&1; then
  useradd --uid 1100 --user-group --create-home --shell /usr/sbin/nologin podman
fi
[[ $(id -u podman) == 1100 ]] || fail "user podman exists with another uid than 1100"
# Subordinate ids for its user namespace. useradd assigns them (SUB_UID_COUNT in /etc/login.defs); an image
# without that setting gets the next free 65536 ids here.
for file in /etc/subuid /etc/subgid; do
  if ! grep -q '^podman:' "$file"; then
    start=$(awk -F: 'BEGIN { end = 100000 } $2 + $3 > end { end = $2 + $3 } END { print end }' "$file")
    printf 'podman:%s:65536\n' "$start" >>"$file"
  fi
done
# The Delegate= drop-in is read when the user's manager starts: reload first, then lingering starts it.
systemctl daemon-reload
loginctl enable-linger podman
systemctl start user@1100.service
controllers=/sys/fs/cgroup/user.slice/user-1100.slice/user@1100.service/cgroup.controllers
for controller in cpu cpuset io memory pids; do
  grep -qw "$controller" "$controllers" \
    || fail "cgroup controller $controller is not delegated to user@1100 ($controllers): its manager started before /etc/systemd/system/user@.service.d/delegate.conf; reboot the VM"
done
systemctl --user --machine podman@ enable --now podman.socket
[[ -S /run/user/1100/podman/podman.sock ]] || fail 'the Podman API socket /run/user/1100/podman/podman.sock is missing'
# The Nomad host volume: a rootless container's root is the Podman user on the host, so it owns the directory.
install -d -m 0750 -o podman -g podman /var/data
# The read-only host volume machine-id is a file systemd writes at first boot: without it the log shipper's
# mount fails when the task starts, long after this script; say so here.
[[ -s /etc/machine-id ]] || fail '/etc/machine-id is missing or empty: the host volume machine-id needs it'
# No log shipper reads the system journal (monitoring is off): podman keeps no ACL on it.
if [[ -d /var/log/journal ]]; then setfacl -R -x u:podman,d:u:podman /var/log/journal 2>/dev/null || true; fi
echo 'base: done'
