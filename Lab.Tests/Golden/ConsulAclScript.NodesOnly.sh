# Consul ACLs of datacenter dc1 (ConsulAclScript).
# Secrets arrive on stdin, one per line, and reach curl only through its config on stdin.
set -euo pipefail
fail() { printf 'consul-acl: %s\n' "$1" >&2; exit 1; }
read_secret() {
  IFS= read -r secret || fail "stdin ended before $1"
  [[ $secret =~ ^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$ ]] || fail "$1 on stdin is not a UUID"
}
read_secret 'the management token'
management_token=$secret
read_secret 'the agent token of node vb0'
agent_tokens[0]=$secret
read_secret 'the agent token of node vb1'
agent_tokens[1]=$secret
read_secret 'the agent token of node vb2'
agent_tokens[2]=$secret
if IFS= read -r secret || [[ -n $secret ]]; then fail 'stdin has more lines than the secrets expected'; fi
# call METHOD PATH TOKEN [DATA]: one request to the local agent; sets $status (000: no answer), $error and $body.
call() {
  local out
  out=$(
    {
      printf '%s\n' 'silent' 'write-out = "\\n%{errormsg}\\n%{http_code}"' 'header = "Content-Type: application/json"'
      printf 'url = "http://127.0.0.1:8500%s"\nrequest = "%s"\n' "$2" "$1"
      if [[ -n $3 ]]; then printf 'header = "X-Consul-Token: %s"\n' "$3"; fi
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
# ensure_token SECRET_ID LABEL DATA: creates the token, or updates it to DATA when its SecretID resolves.
# Consul answers 403 "ACL not found" for an unknown token. DATA has @SECRET_ID@ where the SecretID goes.
ensure_token() {
  call GET /v1/acl/token/self "$1"
  case $status in
    200)
      [[ $body =~ \"AccessorID\":\"([0-9a-f-]{36})\" ]] || fail "reading $2: the answer has no AccessorID"
      call PUT "/v1/acl/token/${BASH_REMATCH[1]}" "$management_token" "${3//@SECRET_ID@/"$1"}"
      [[ $status == 200 ]] || fail "updating $2: $(describe)"
      echo "consul-acl: updated $2"
      ;;
    403 | 404)
      call PUT /v1/acl/token "$management_token" "${3//@SECRET_ID@/"$1"}"
      [[ $status == 200 ]] || fail "creating $2: $(describe)"
      echo "consul-acl: created $2"
      ;;
    *) fail "looking up $2: $(describe)" ;;
  esac
}
# Wait for a leader and the management token, which the leader creates from the agent config: up to 150 tries 2 s apart.
for ((attempt = 1; ; attempt++)); do
  if has_leader; then
    call GET /v1/acl/token/self "$management_token"
    if [[ $status == 200 ]]; then break; fi
    last="the management token does not work yet: $(describe)"
  fi
  ((attempt < 150)) || fail "gave up after 150 tries 2 s apart: $last"
  sleep 2
done
ensure_token "${agent_tokens[0]}" 'the agent token of node vb0' 'data = "{\"SecretID\":\"@SECRET_ID@\",\"Description\":\"Consul agent vb0\",\"NodeIdentities\":[{\"NodeName\":\"vb0\",\"Datacenter\":\"dc1\"}]}"'
ensure_token "${agent_tokens[1]}" 'the agent token of node vb1' 'data = "{\"SecretID\":\"@SECRET_ID@\",\"Description\":\"Consul agent vb1\",\"NodeIdentities\":[{\"NodeName\":\"vb1\",\"Datacenter\":\"dc1\"}]}"'
ensure_token "${agent_tokens[2]}" 'the agent token of node vb2' 'data = "{\"SecretID\":\"@SECRET_ID@\",\"Description\":\"Consul agent vb2\",\"NodeIdentities\":[{\"NodeName\":\"vb2\",\"Datacenter\":\"dc1\"}]}"'
