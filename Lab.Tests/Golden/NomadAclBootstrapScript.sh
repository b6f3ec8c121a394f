# Nomad ACL bootstrap (NomadAclBootstrapScript).
# Secrets arrive on stdin, one per line, and reach curl only through its config on stdin.
set -euo pipefail
fail() { printf 'nomad-acl: %s\n' "$1" >&2; exit 1; }
read_secret() {
  IFS= read -r secret || fail "stdin ended before $1"
  [[ $secret =~ ^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$ ]] || fail "$1 on stdin is not a UUID"
}
read_secret 'the bootstrap secret'
bootstrap_secret=$secret
if IFS= read -r secret || [[ -n $secret ]]; then fail 'stdin has more lines than the secrets expected'; fi
# call METHOD PATH TOKEN [DATA]: one request to the local agent; sets $status (000: no answer), $error and $body.
call() {
  local out
  out=$(
    {
      printf '%s\n' 'silent' 'write-out = "\\n%{errormsg}\\n%{http_code}"' 'header = "Content-Type: application/json"' 'cacert = "/etc/nomad.d/tls/ca.pem"'
      printf 'url = "https://127.0.0.1:4646%s"\nrequest = "%s"\n' "$2" "$1"
      if [[ -n $3 ]]; then printf 'header = "X-Nomad-Token: %s"\n' "$3"; fi
      if [[ -n ${4-} ]]; then printf '%s\n' "$4"; fi
    } | curl --config -
  ) || true
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  error=${out##*$'\n'}
  body=${out%$'\n'*}
  if [[ $status != [0-9][0-9][0-9] ]]; then status=000; fi
}
describe() { if [[ $status == 000 ]]; then echo "no answer (${error:-curl printed nothing})"; else echo "HTTP $status: $body"; fi; }
# has_leader: true once the agent knows a leader; otherwise false, with the reason in $last.
has_leader() {
  call GET /v1/status/leader ''
  if [[ $status != 200 ]]; then
    last="GET /v1/status/leader: $(describe)"
    return 1
  fi
  if [[ $body == '""' || -z $body ]]; then
    last='no leader elected yet'
    return 1
  fi
}
command -v curl >/dev/null || fail 'curl is not installed'
bootstrap_data='data = "{\"BootstrapSecret\":\"@SECRET_ID@\"}"'
# Wait for a leader, then bootstrap unless the secret works as a token already: up to 150 tries 2 s apart.
for ((attempt = 1; ; attempt++)); do
  if has_leader; then
    call GET /v1/acl/token/self "$bootstrap_secret"
    case $status in
      200)
        echo 'nomad-acl: already bootstrapped'
        exit 0
        ;;
      403 | 404)
        call POST /v1/acl/bootstrap '' "${bootstrap_data//@SECRET_ID@/"$bootstrap_secret"}"
        if [[ $status == 200 ]]; then
          echo 'nomad-acl: bootstrapped'
          exit 0
        fi
        if [[ $body == *'ACL bootstrap already done'* ]]; then
          fail "the ACLs were bootstrapped with another secret ($(describe)); reset Nomad's ACL bootstrap or rebuild the servers"
        fi
        last="POST /v1/acl/bootstrap: $(describe)"
        ;;
      *) last="GET /v1/acl/token/self: $(describe)" ;;
    esac
  fi
  ((attempt < 150)) || fail "gave up after 150 tries 2 s apart: $last"
  sleep 2
done
