using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lab.Components.Rendering;

/// <summary>
/// Parts shared by the scripts that talk to an agent's HTTP API on the VM itself (<see cref="ConsulAclScript"/>,
/// <see cref="NomadAclBootstrapScript"/>): reading secrets from stdin, and one <c>call</c> function that hands curl
/// everything secret through its config on stdin (<c>curl --config -</c>), never through an argument.
/// </summary>
internal static class AgentApiScript
{
    /// <summary>Stands for the SecretID in a request body; the script puts the secret it read from stdin there.</summary>
    public const string SecretIdPlaceholder = "@SECRET_ID@";

    /// <summary>How often, and how many seconds apart, a script asks before it gives up: 5 minutes in all.</summary>
    public const int WaitAttempts = 150;
    public const int WaitSeconds = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        // Keeps '"' as \" rather than \u0022 in policy rules; the body goes to a local agent, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Consul SecretIDs and Nomad's bootstrap secret must be UUIDs; so the scripts need no escaping for them.</summary>
    public static bool IsUuid(string? value) => value is not null && Guid.TryParseExact(value, "D", out _);

    /// <summary>
    /// Strict mode, <c>fail</c> (prefixes <paramref name="tag"/> to messages on stderr) and <c>read_secret</c> (the
    /// next line of stdin, which must be a UUID, into <c>$secret</c>).
    /// </summary>
    public static void AppendPreamble(StringBuilder script, string tag, string purpose) =>
        script.Append($$"""
            # {{purpose}}
            # Secrets arrive on stdin, one per line, and reach curl only through its config on stdin.
            set -euo pipefail
            fail() { printf '{{tag}}: %s\n' "$1" >&2; exit 1; }
            read_secret() {
              IFS= read -r secret || fail "stdin ended before $1"
              [[ $secret =~ ^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$ ]] || fail "$1 on stdin is not a UUID"
            }

            """.ReplaceLineEndings("\n"));

    /// <summary>Reads the next secret into <paramref name="variable"/>; <paramref name="label"/> names it in messages.</summary>
    public static void AppendReadSecret(StringBuilder script, string label, string variable) =>
        script.Append("read_secret ").Append(ShellQuote.Single(label)).Append('\n')
            .Append(variable).Append("=$secret\n");

    /// <summary>Fails when stdin holds more than the secrets read so far: the sender and the script disagree on the order.</summary>
    public static void AppendNoMoreStdin(StringBuilder script) =>
        script.Append("if IFS= read -r secret || [[ -n $secret ]]; then fail 'stdin has more lines than the secrets expected'; fi\n");

    /// <summary>
    /// <c>call METHOD PATH TOKEN [DATA]</c>: one request to <paramref name="baseUrl"/>; sets <c>$status</c> (000 for no
    /// answer), <c>$error</c> (curl's message when there was no answer) and <c>$body</c>. <c>describe</c> puts the last
    /// answer in words for messages; it is never used after a 200, whose body may hold a secret. <c>has_leader</c> asks
    /// <c>/v1/status/leader</c>, which Consul and Nomad both answer without a token.
    /// </summary>
    public static void AppendCall(StringBuilder script, string baseUrl, string tokenHeader, IEnumerable<string> staticConfig)
    {
        // %{errormsg} (curl 7.75 and later; Ubuntu 22.04 has 7.81) says why there was no answer, where --show-error
        // would print it on stderr, too early and once per try while the agent is still starting.
        var fixedLines = new[]
            {
                "silent",
                "write-out = " + CurlConfigQuote.Value(@"\n%{errormsg}\n%{http_code}"),
                "header = " + CurlConfigQuote.Value("Content-Type: application/json"),
            }
            .Concat(staticConfig)
            .Select(ShellQuote.Single);

        script.Append($$"""
            # call METHOD PATH TOKEN [DATA]: one request to the local agent; sets $status (000: no answer), $error and $body.
            call() {
              local out
              out=$(
                {
                  printf '%s\n' {{string.Join(' ', fixedLines)}}
                  printf 'url = "{{baseUrl}}%s"\nrequest = "%s"\n' "$2" "$1"
                  if [[ -n $3 ]]; then printf 'header = "{{tokenHeader}}: %s"\n' "$3"; fi
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

            """.ReplaceLineEndings("\n"));
    }

    /// <summary>The head of a bounded wait loop; its body sets <c>last</c>, and breaks or exits when done.</summary>
    public static void AppendWaitStart(StringBuilder script, string what) =>
        script.Append(CultureInfo.InvariantCulture, $"# Wait for {what}: up to {WaitAttempts} tries {WaitSeconds} s apart.\n")
            .Append("for ((attempt = 1; ; attempt++)); do\n");

    /// <summary>The tail of a bounded wait loop: gives up naming the last answer, or sleeps.</summary>
    public static void AppendWaitEnd(StringBuilder script) =>
        script.Append(string.Create(CultureInfo.InvariantCulture, $$"""
              ((attempt < {{WaitAttempts}})) || fail "gave up after {{WaitAttempts}} tries {{WaitSeconds}} s apart: $last"
              sleep {{WaitSeconds}}
            done

            """).ReplaceLineEndings("\n"));

    /// <summary>The <c>data</c> line of curl's config for <paramref name="body"/> as JSON, single-quoted for bash.</summary>
    public static string DataLine<T>(T body) =>
        ShellQuote.Single("data = " + CurlConfigQuote.Value(JsonSerializer.Serialize(body, Json)));
}
