using System.Globalization;

namespace Lab.Components.Rendering;

/// <summary>
/// <c>homelab-restart-agent UNIT URL [CURL-OPTION...]</c>, installed on every agent VM: restarts Consul or Nomad without
/// blocking and then waits, bounded, for what the restart must not lose. When the agent knew a leader before (a running
/// cluster), it waits until the restarted agent knows one again, so the next node restarts only while quorum holds;
/// when it knew none (the cluster's first start), it waits only until the new process runs. Consul's package unit is
/// <c>Type=notify</c> and reports ready only after a join, so a plain <c>systemctl restart</c> would block for up to
/// 90 s (systemd's default start timeout) and then fail without saying why; this says why.
/// </summary>
public static class AgentRestartScript
{
    /// <summary>Where the helper is installed.</summary>
    public const string Path = "/usr/local/sbin/homelab-restart-agent";

    /// <summary>How long it waits for a leader after a restart: Consul retries its joins every 30 s.</summary>
    public const int LeaderWaitSeconds = 180;

    /// <summary>How long it waits for the new process to start.</summary>
    public const int StartWaitSeconds = 60;

    /// <summary>The command line that restarts Consul (its plain HTTP API is on loopback).</summary>
    public static string RestartConsul => $"{Path} consul {ConsulAclScript.ApiAddress}";

    /// <summary>The command line that restarts Nomad: HTTPS on loopback, verified against the lab's CA; no client certificate (D1).</summary>
    public static string RestartNomad => $"{Path} nomad {NomadAclBootstrapScript.ApiAddress} --cacert {AgentPaths.NomadTlsDir}/{AgentPaths.CaFile}";

    /// <summary>The helper's text.</summary>
    public static string Render() => string.Create(CultureInfo.InvariantCulture, $$"""
        #!/bin/bash
        # homelab-restart-agent UNIT URL [CURL-OPTION...] (AgentRestartScript): restarts UNIT without blocking, then waits,
        # bounded, until it runs again and, if the agent knew a leader before, until it knows one again.
        set -euo pipefail
        unit=$1
        url=$2
        shift 2
        fail() { printf '%s: %s\n' "$unit" "$1" >&2; journalctl --unit "$unit" --lines 20 --no-pager >&2 || true; exit 1; }
        # /v1/status/leader answers without a token, on Consul and Nomad alike: "" while there is none.
        leader() {
          local body
          body=$(curl --silent --fail --max-time 5 "$@" "$url/v1/status/leader" 2>/dev/null) || return 1
          [[ $body == \"[!\"]* ]]
        }
        had_leader=false
        if systemctl is-active --quiet "$unit" && leader "$@"; then had_leader=true; fi
        before=$(systemctl show --property InvocationID --value "$unit")
        systemctl enable --quiet "$unit"
        systemctl restart --no-block "$unit"
        for ((waited = 0; ; waited += 2)); do
          state=$(systemctl show --property ActiveState --value "$unit")
          now=$(systemctl show --property InvocationID --value "$unit")
          if [[ $now != "$before" && ($state == active || $state == activating) ]]; then break; fi
          [[ $state != failed ]] || fail 'failed to start'
          ((waited < {{StartWaitSeconds}})) || fail 'did not start within {{StartWaitSeconds}} s'
          sleep 2
        done
        if [[ $had_leader == false ]]; then
          echo "$unit: restarted; it knew no leader before (a new cluster), so it is not waited for"
          exit 0
        fi
        for ((waited = 0; ; waited += 2)); do
          if leader "$@"; then
            echo "$unit: restarted and knows a leader after ${waited} s"
            exit 0
          fi
          ((waited < {{LeaderWaitSeconds}})) || fail 'knows no leader {{LeaderWaitSeconds}} s after its restart: it has not rejoined the cluster, or the cluster lost quorum; the next node is not restarted'
          sleep 2
        done

        """).ReplaceLineEndings("\n");
}
