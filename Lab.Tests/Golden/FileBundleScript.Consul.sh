set -euo pipefail
{
mkdir -p '/etc/consul.d'
mkdir -p '/etc/consul.d/tls'
install -m 0640 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/consul.json'
cat > '/etc/consul.d/consul.json' <<'LAB_EOF'
{
  "datacenter": "dc1"
}
LAB_EOF
install -m 0600 -o 'consul' -g 'consul' /dev/null '/etc/consul.d/tls/agent-key.pem'
cat > '/etc/consul.d/tls/agent-key.pem' <<'LAB_EOF'
-----BEGIN EC PRIVATE KEY-----
not-a-real-key
-----END EC PRIVATE KEY-----
LAB_EOF
systemctl enable consul
systemctl restart consul
} </dev/null
