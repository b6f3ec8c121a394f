using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// A script, run on a Consul server through <see cref="RemoteShell.SudoBash"/>, that creates the lab's Consul ACL
/// policy and tokens with SecretIDs chosen by the program, through the local agent's HTTP API. It waits for a leader
/// and for the initial management token, and creates only what is missing, so a second run changes nothing.
/// <see cref="Stdin"/> renders the secrets it reads.
/// </summary>
public static partial class ConsulAclScript
{
    /// <summary>The local agent's HTTP API; Consul serves plain HTTP on loopback only.</summary>
    public const string ApiAddress = "http://127.0.0.1:8500";

    /// <summary>The policy of the Nomad agents' token.</summary>
    public const string NomadAgentsPolicy = "nomad-agents";

    private const string ManagementLabel = "the management token";
    private const string NomadAgentLabel = "the Nomad agent token";

    // What Nomad agents (servers and clients) need in Consul, per Nomad's "Integrate Consul ACL" page
    // (https://developer.hashicorp.com/nomad/docs/secure/acl/consul): register themselves and their services, and,
    // on servers, write the service-mesh configuration entries (Connect is on in the lab).
    private static readonly string NomadAgentsRules = string.Join('\n',
        "agent_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "node_prefix \"\" {",
        "  policy = \"write\"",
        "}",
        "service_prefix \"\" {",
        "  policy = \"write\"",
        "}",
        "acl = \"write\"",
        "mesh = \"write\"",
        "");

    /// <summary>Renders the script; it holds no secret.</summary>
    /// <exception cref="ArgumentException">The datacenter or a node name is not valid for Consul, or a node is listed twice.</exception>
    public static string Render(ConsulAclSetup setup)
    {
        Validate(setup);
        var script = new StringBuilder();
        AgentApiScript.AppendPreamble(script, "consul-acl", $"Consul ACLs of datacenter {setup.Datacenter} (ConsulAclScript).");
        AgentApiScript.AppendReadSecret(script, ManagementLabel, "management_token");
        if (setup.CreateNomadAgentToken)
        {
            AgentApiScript.AppendReadSecret(script, NomadAgentLabel, "nomad_agent_token");
        }

        for (var i = 0; i < setup.NodeNames.Count; i++)
        {
            AgentApiScript.AppendReadSecret(script, AgentLabel(setup.NodeNames[i]), $"agent_tokens[{i}]");
        }

        AgentApiScript.AppendNoMoreStdin(script);
        AgentApiScript.AppendCall(script, ApiAddress, "X-Consul-Token", []);
        if (setup.CreateNomadAgentToken)
        {
            script.Append("""
                # ensure_policy NAME DATA: creates the policy unless one of that name exists.
                ensure_policy() {
                  call GET "/v1/acl/policy/name/$1" "$management_token"
                  case $status in
                    200) echo "consul-acl: policy $1 exists" ;;
                    403 | 404)
                      call PUT /v1/acl/policy "$management_token" "$2"
                      [[ $status == 200 ]] || fail "creating policy $1: $(describe)"
                      echo "consul-acl: created policy $1"
                      ;;
                    *) fail "reading policy $1: $(describe)" ;;
                  esac
                }

                """.ReplaceLineEndings("\n"));
        }

        script.Append("""
            # ensure_token SECRET_ID LABEL DATA: creates the token unless its SecretID resolves already. Consul answers
            # 403 "ACL not found" for an unknown token. DATA has @SECRET_ID@ where the SecretID goes.
            ensure_token() {
              call GET /v1/acl/token/self "$1"
              case $status in
                200) echo "consul-acl: $2 exists" ;;
                403 | 404)
                  call PUT /v1/acl/token "$management_token" "${3//@SECRET_ID@/"$1"}"
                  [[ $status == 200 ]] || fail "creating $2: $(describe)"
                  echo "consul-acl: created $2"
                  ;;
                *) fail "looking up $2: $(describe)" ;;
              esac
            }

            """.ReplaceLineEndings("\n"));
        AgentApiScript.AppendWaitStart(script, "a leader and the management token, which the leader creates from the agent config");
        script.Append("""
              if has_leader; then
                call GET /v1/acl/token/self "$management_token"
                if [[ $status == 200 ]]; then break; fi
                last="the management token does not work yet: $(describe)"
              fi

            """.ReplaceLineEndings("\n"));
        AgentApiScript.AppendWaitEnd(script);

        if (setup.CreateNomadAgentToken)
        {
            script.Append("ensure_policy ").Append(NomadAgentsPolicy).Append(' ')
                .Append(AgentApiScript.DataLine(new PolicyBody(NomadAgentsPolicy, "What Nomad agents need in Consul", NomadAgentsRules)))
                .Append('\n');
            script.Append("ensure_token \"$nomad_agent_token\" ").Append(ShellQuote.Single(NomadAgentLabel)).Append(' ')
                .Append(AgentApiScript.DataLine(new TokenBody(AgentApiScript.SecretIdPlaceholder, "Nomad agents", [new PolicyLink(NomadAgentsPolicy)], null)))
                .Append('\n');
        }

        for (var i = 0; i < setup.NodeNames.Count; i++)
        {
            var node = setup.NodeNames[i];
            script.Append("ensure_token \"${agent_tokens[").Append(i).Append("]}\" ").Append(ShellQuote.Single(AgentLabel(node))).Append(' ')
                .Append(AgentApiScript.DataLine(new TokenBody(AgentApiScript.SecretIdPlaceholder, $"Consul agent {node}", null, [new NodeIdentity(node, setup.Datacenter)])))
                .Append('\n');
        }

        return script.ToString();
    }

    /// <summary>
    /// The stdin of the script: one UUID per line, in the order the script reads them: the management token, the
    /// Nomad agent token (only with <see cref="ConsulAclSetup.CreateNomadAgentToken"/>), then one agent token per node
    /// in the order of <see cref="ConsulAclSetup.NodeNames"/>. Secret: pass it as the command's <c>Stdin</c> only.
    /// </summary>
    /// <exception cref="ArgumentException">A token is missing, extra, not a UUID, or the same as another; the message names it, never its value.</exception>
    public static string Stdin(ConsulAclSetup setup, string managementToken, string? nomadAgentToken, IReadOnlyDictionary<string, string> agentTokensByNode)
    {
        Validate(setup);
        ArgumentNullException.ThrowIfNull(managementToken);
        ArgumentNullException.ThrowIfNull(agentTokensByNode);

        var secrets = new List<(string Label, string Value, string Parameter)> { (ManagementLabel, managementToken, nameof(managementToken)) };
        if (setup.CreateNomadAgentToken)
        {
            secrets.Add((NomadAgentLabel, nomadAgentToken ?? throw new ArgumentException(
                $"The Nomad agent token is missing; {nameof(ConsulAclSetup.CreateNomadAgentToken)} is set.", nameof(nomadAgentToken)), nameof(nomadAgentToken)));
        }
        else if (nomadAgentToken is not null)
        {
            throw new ArgumentException(
                $"A Nomad agent token was given, but {nameof(ConsulAclSetup.CreateNomadAgentToken)} is not set.", nameof(nomadAgentToken));
        }

        foreach (var node in setup.NodeNames)
        {
            if (!agentTokensByNode.TryGetValue(node, out var token))
            {
                throw new ArgumentException(
                    $"The agent token of node '{node}' is missing; {nameof(agentTokensByNode)} needs one for every name in {nameof(ConsulAclSetup.NodeNames)}.",
                    nameof(agentTokensByNode));
            }

            secrets.Add((AgentLabel(node), token, nameof(agentTokensByNode)));
        }

        var extra = agentTokensByNode.Keys.Except(setup.NodeNames, StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            throw new ArgumentException(
                $"An agent token was given for node '{extra}', which is not in {nameof(ConsulAclSetup.NodeNames)}.", nameof(agentTokensByNode));
        }

        var stdin = new StringBuilder();
        for (var i = 0; i < secrets.Count; i++)
        {
            var (label, value, parameter) = secrets[i];
            if (!AgentApiScript.IsUuid(value))
            {
                throw new ArgumentException($"{Capitalized(label)} is not a UUID; Consul takes only UUIDs as SecretIDs.", parameter);
            }

            // Two tokens with one SecretID would be one token: the second would count as created already.
            var earlier = secrets.Take(i).FirstOrDefault(s => string.Equals(s.Value, value, StringComparison.OrdinalIgnoreCase));
            if (earlier.Label is not null)
            {
                throw new ArgumentException($"{Capitalized(label)} is the same as {earlier.Label}; every token needs its own SecretID.", parameter);
            }

            stdin.Append(value).Append('\n');
        }

        return stdin.ToString();
    }

    private static string AgentLabel(string node) => $"the agent token of node {node}";

    private static string Capitalized(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static void Validate(ConsulAclSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(setup.NodeNames, nameof(setup));
        if (setup.Datacenter is null || !DatacenterPattern().IsMatch(setup.Datacenter))
        {
            throw new ArgumentException(
                $"Consul datacenter '{setup.Datacenter}' is not valid; Consul allows only lowercase letters, digits, '-' and '_'.", nameof(setup));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in setup.NodeNames)
        {
            // Consul's rule for node identities (acl/validation.go); the script also relies on it to need no quoting.
            if (node is null || node.Length > 256 || !NodeNamePattern().IsMatch(node))
            {
                throw new ArgumentException(
                    $"Node name '{node}' cannot be a Consul node identity; use lowercase letters, digits, '-' and '_', starting and ending with a letter or digit.",
                    nameof(setup));
            }

            if (!seen.Add(node))
            {
                throw new ArgumentException($"Node name '{node}' is listed twice; each node gets one agent token.", nameof(setup));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex DatacenterPattern();

    [GeneratedRegex("^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$")]
    private static partial Regex NodeNamePattern();

    private sealed record PolicyBody(string Name, string Description, string Rules);

    private sealed record TokenBody(string SecretID, string Description, IReadOnlyList<PolicyLink>? Policies, IReadOnlyList<NodeIdentity>? NodeIdentities);

    private sealed record PolicyLink(string Name);

    private sealed record NodeIdentity(string NodeName, string Datacenter);
}
