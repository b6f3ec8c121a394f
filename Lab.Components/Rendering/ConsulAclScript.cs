using System.Text;
using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>
/// A script, run on a Consul server through <see cref="RemoteShell.SudoBash"/>, that sets up the Consul ACL policies
/// and tokens the agents need, with SecretIDs chosen by the program, through the local agent's HTTP API. It waits for a
/// leader and for the initial management token, then converges: a missing policy or token is created, an existing one
/// is updated to what the script says, so an edited policy takes effect on the next run. <see cref="Stdin"/> renders
/// the secrets it reads.
/// </summary>
public static partial class ConsulAclScript
{
    /// <summary>The local agent's HTTP API; Consul serves plain HTTP on loopback only.</summary>
    public const string ApiAddress = "http://127.0.0.1:8500";

    private const string ManagementLabel = "the management token";

    /// <summary>Renders the script; it holds no secret.</summary>
    /// <exception cref="ArgumentException">The datacenter, a policy or a node name is not valid for Consul, or one is listed twice.</exception>
    public static string Render(ConsulAclSetup setup)
    {
        Validate(setup);
        var script = new StringBuilder();
        AgentApiScript.AppendPreamble(script, "consul-acl", $"Consul ACLs of datacenter {setup.Datacenter} (ConsulAclScript).");
        AgentApiScript.AppendReadSecret(script, ManagementLabel, "management_token");
        for (var i = 0; i < setup.PolicyTokens.Count; i++)
        {
            AgentApiScript.AppendReadSecret(script, PolicyTokenLabel(setup.PolicyTokens[i]), $"policy_tokens[{i}]");
        }

        for (var i = 0; i < setup.NodeNames.Count; i++)
        {
            AgentApiScript.AppendReadSecret(script, AgentLabel(setup.NodeNames[i]), $"agent_tokens[{i}]");
        }

        AgentApiScript.AppendNoMoreStdin(script);
        AgentApiScript.AppendCall(script, ApiAddress, "X-Consul-Token", []);
        if (setup.PolicyTokens.Count > 0)
        {
            script.Append("""
                # ensure_policy NAME DATA: creates the policy, or updates the one of that name to DATA.
                ensure_policy() {
                  call GET "/v1/acl/policy/name/$1" "$management_token"
                  case $status in
                    200)
                      [[ $body =~ \"ID\":\"([0-9a-f-]{36})\" ]] || fail "reading policy $1: the answer has no ID"
                      call PUT "/v1/acl/policy/${BASH_REMATCH[1]}" "$management_token" "$2"
                      [[ $status == 200 ]] || fail "updating policy $1: $(describe)"
                      echo "consul-acl: updated policy $1"
                      ;;
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

        for (var i = 0; i < setup.PolicyTokens.Count; i++)
        {
            var policy = setup.PolicyTokens[i];
            script.Append("ensure_policy ").Append(policy.Name).Append(' ')
                .Append(AgentApiScript.DataLine(new PolicyBody(policy.Name, policy.Description, policy.Rules)))
                .Append('\n');
            script.Append("ensure_token \"${policy_tokens[").Append(i).Append("]}\" ").Append(ShellQuote.Single(PolicyTokenLabel(policy))).Append(' ')
                .Append(AgentApiScript.DataLine(new TokenBody(AgentApiScript.SecretIdPlaceholder, policy.Description, [new PolicyLink(policy.Name)], null)))
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
    /// The stdin of the script: one UUID per line, in the order the script reads them: the management token, one token
    /// per <see cref="ConsulAclSetup.PolicyTokens"/> entry in its order, then one agent token per node in the order of
    /// <see cref="ConsulAclSetup.NodeNames"/>. Secret: pass it as the command's <c>Stdin</c> only.
    /// </summary>
    /// <exception cref="ArgumentException">A token is missing, extra, not a UUID, or the same as another; the message names it, never its value.</exception>
    public static string Stdin(ConsulAclSetup setup, string managementToken, IReadOnlyList<string> policyTokens, IReadOnlyDictionary<string, string> agentTokensByNode)
    {
        Validate(setup);
        ArgumentNullException.ThrowIfNull(managementToken);
        ArgumentNullException.ThrowIfNull(policyTokens);
        ArgumentNullException.ThrowIfNull(agentTokensByNode);

        var secrets = new List<(string Label, string Value, string Parameter)> { (ManagementLabel, managementToken, nameof(managementToken)) };
        if (policyTokens.Count != setup.PolicyTokens.Count)
        {
            throw new ArgumentException(
                $"{policyTokens.Count} policy tokens were given for {setup.PolicyTokens.Count} policies; {nameof(policyTokens)} needs one per entry of {nameof(ConsulAclSetup.PolicyTokens)}.",
                nameof(policyTokens));
        }

        secrets.AddRange(setup.PolicyTokens.Zip(policyTokens, (policy, token) => (PolicyTokenLabel(policy), token, nameof(policyTokens))));
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

            // Two tokens with one SecretID would be one token: the second would overwrite the first.
            var earlier = secrets.Take(i).FirstOrDefault(s => string.Equals(s.Value, value, StringComparison.OrdinalIgnoreCase));
            if (earlier.Label is not null)
            {
                throw new ArgumentException($"{Capitalized(label)} is the same as {earlier.Label}; every token needs its own SecretID.", parameter);
            }

            stdin.Append(value).Append('\n');
        }

        return stdin.ToString();
    }

    private static string PolicyTokenLabel(ConsulPolicyToken policy) => $"the {policy.Name} token";

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

        ArgumentNullException.ThrowIfNull(setup.PolicyTokens, nameof(setup));
        var policies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policy in setup.PolicyTokens)
        {
            // Consul's policy name rule (acl/validation.go); the script also relies on it to need no quoting.
            if (policy?.Name is null || !PolicyNamePattern().IsMatch(policy.Name) || string.IsNullOrWhiteSpace(policy.Rules))
            {
                throw new ArgumentException(
                    $"Policy '{policy?.Name}' cannot be a Consul policy; use letters, digits, '-' and '_' (at most 128) and non-empty rules.", nameof(setup));
            }

            if (!policies.Add(policy.Name))
            {
                throw new ArgumentException($"Policy '{policy.Name}' is listed twice; each policy gets one token.", nameof(setup));
            }
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

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex PolicyNamePattern();

    private sealed record PolicyBody(string Name, string Description, string Rules);

    private sealed record TokenBody(string SecretID, string Description, IReadOnlyList<PolicyLink>? Policies, IReadOnlyList<NodeIdentity>? NodeIdentities);

    private sealed record PolicyLink(string Name);

    private sealed record NodeIdentity(string NodeName, string Datacenter);
}
