set -euo pipefail
{
version='2026.9.3'
arch="$(dpkg --print-architecture)"
case "$arch" in
  amd64) sha256=bc073ef293d504cf5ac533bd0aa1c824ef6b4f358765ccaa6628a8a95cacb4b7 ;;
  arm64) sha256=bcce0111878f13d26e66b1d2ea7f270c8bde4bd549e32ce74d32474521583ca3 ;;
  armhf) sha256=4815dd7fc7b4c3ff5d29a7bbe80bba9e253d29b2eb84079e853b158fdfd7e975 ;;
  *)
    echo "cloudflared ${version} is pinned for amd64, arm64, armhf only, not for this Pi's ${arch}" >&2
    exit 1
    ;;
esac
restart=0
installed="$(dpkg-query --show --showformat="\${Version}" cloudflared 2>/dev/null || true)"
if [ "$installed" != "$version" ]; then
  package="$(mktemp --suffix=.deb)"
  trap 'rm -f "$package"' EXIT
  curl --fail --silent --show-error --location --proto '=https' --proto-redir '=https' --retry 3 --output "$package" \
    "https://github.com/cloudflare/cloudflared/releases/download/${version}/cloudflared-linux-${arch}.deb"
  if ! echo "${sha256}  ${package}" | sha256sum --check --status; then
    echo "cloudflared-linux-${arch}.deb ${version} does not have its pinned SHA-256 ${sha256}; not installing it" >&2
    exit 1
  fi
  apt-mark unhold cloudflared >/dev/null 2>&1 || true
  dpkg --install "$package" >/dev/null
  apt-mark hold cloudflared >/dev/null
  restart=1
fi
write_if_changed() {
  local target="$1" mode="$2" staged
  staged="$(mktemp "${target%/*}/.${target##*/}.XXXXXX")"
  cat > "$staged"
  if [ -f "$target" ] && cmp -s "$staged" "$target" && [ "$(stat -c %a "$target")" = "${mode#0}" ]; then
    rm -f "$staged"
    return 1
  fi
  chmod "$mode" "$staged"
  mv -f "$staged" "$target"
}
install -d -m 0755 '/etc/systemd/system'
install -d -m 0755 '/etc/cloudflared'
if write_if_changed '/etc/systemd/system/cloudflared.service' 0644 <<'LAB_EOF'
# Written by the homelab Pulumi program; changes here are overwritten.
[Unit]
Description=Cloudflare Tunnel connector for tunnel homelab
Documentation=https://developers.cloudflare.com/cloudflare-one/networks/connectors/cloudflare-tunnel/
Wants=network-online.target
After=network-online.target haproxy.service

[Service]
Type=notify
TimeoutStartSec=60
EnvironmentFile=/etc/cloudflared/tunnel.env
ExecStart=/usr/bin/cloudflared --no-autoupdate tunnel run
Restart=on-failure
RestartSec=5s
DynamicUser=yes
UMask=0077
CapabilityBoundingSet=
NoNewPrivileges=yes
ProtectHome=yes
ProtectProc=invisible
PrivateMounts=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictNamespaces=yes
RestrictRealtime=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX AF_NETLINK
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM

[Install]
WantedBy=multi-user.target
LAB_EOF
then
  systemctl daemon-reload
  restart=1
fi
if write_if_changed '/etc/cloudflared/tunnel.env' 0600 <<'LAB_EOF'
TUNNEL_TOKEN=[secret]
LAB_EOF
then
  restart=1
fi
if [ -e '/etc/systemd/system/cloudflared-update.timer' ]; then
  systemctl disable --now --quiet 'cloudflared-update.timer'
fi
systemctl enable --quiet cloudflared
if [ "$restart" = 1 ] || ! systemctl is-active --quiet cloudflared; then
  systemctl restart cloudflared
fi
} </dev/null
