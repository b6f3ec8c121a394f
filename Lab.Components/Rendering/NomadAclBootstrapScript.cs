using System.Text;

namespace Lab.Components.Rendering;

/// <summary>
/// A script, run on a Nomad server through <see cref="RemoteShell.SudoBash"/>, that bootstraps Nomad's ACLs with a
/// secret chosen by the program, so the bootstrap token is known before the cluster exists. It talks to the local
/// agent over TLS verified against the lab's CA (the HTTPS API asks no client certificate, D1); it waits for a leader; and when the secret already works
/// as a token it does nothing, so a second run changes nothing. <see cref="Stdin"/> renders the secret it reads.
/// </summary>
public static class NomadAclBootstrapScript
{
    /// <summary>The local agent's HTTPS API; the node certificate carries the SAN 127.0.0.1.</summary>
    public const string ApiAddress = "https://127.0.0.1:4646";

    /// <summary>Renders the script; it holds no secret.</summary>
    public static string Render()
    {
        var script = new StringBuilder();
        AgentApiScript.AppendPreamble(script, "nomad-acl", "Nomad ACL bootstrap (NomadAclBootstrapScript).");
        AgentApiScript.AppendReadSecret(script, SecretLabel, "bootstrap_secret");
        AgentApiScript.AppendNoMoreStdin(script);
        AgentApiScript.AppendCall(script, ApiAddress, "X-Nomad-Token",
        [
            "cacert = " + CurlConfigQuote.Value($"{AgentPaths.NomadTlsDir}/{AgentPaths.CaFile}"),
        ]);
        script.Append("bootstrap_data=")
            .Append(AgentApiScript.DataLine(new BootstrapBody(AgentApiScript.SecretIdPlaceholder)))
            .Append('\n');
        AgentApiScript.AppendWaitStart(script, "a leader, then bootstrap unless the secret works as a token already");
        // Bootstrap only when Nomad says the token does not exist (403 "ACL token not found"): after any other
        // answer a bootstrap done by an earlier run could not be told apart from one done by someone else.
        script.Append("""
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

            """.ReplaceLineEndings("\n"));
        AgentApiScript.AppendWaitEnd(script);
        return script.ToString();
    }

    /// <summary>The stdin of the script: the bootstrap secret and a line break. Secret: pass it as the command's <c>Stdin</c> only.</summary>
    /// <exception cref="ArgumentException"><paramref name="bootstrapSecret"/> is not a UUID (Nomad takes only UUIDs); the message does not show it.</exception>
    public static string Stdin(string bootstrapSecret)
    {
        ArgumentNullException.ThrowIfNull(bootstrapSecret);
        if (!AgentApiScript.IsUuid(bootstrapSecret))
        {
            throw new ArgumentException("The bootstrap secret is not a UUID; Nomad takes only a UUID as BootstrapSecret.", nameof(bootstrapSecret));
        }

        return bootstrapSecret + "\n";
    }

    private const string SecretLabel = "the bootstrap secret";

    private sealed record BootstrapBody(string BootstrapSecret);
}
