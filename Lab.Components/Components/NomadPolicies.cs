namespace Lab.Components.Components;

/// <summary>
/// The Nomad ACL policies of <see cref="NomadAccess"/>, in Nomad's policy language (HashiCorp's "ACL policy
/// specification": namespace, node, agent, operator and plugin rules). None grants <c>acl</c> or
/// <c>operator = "write"</c>, the rights of a management token.
/// </summary>
public static class NomadPolicies
{
    /// <summary>Every namespace's jobs and variables, node drains, and reading the agents, Raft and plugins.</summary>
    public static readonly string Operator = string.Join('\n',
        "namespace \"*\" {",
        "  policy = \"write\"",
        "}",
        "node {",
        "  policy = \"write\"",
        "}",
        "agent {",
        "  policy = \"read\"",
        "}",
        "operator {",
        "  policy = \"read\"",
        "}",
        "plugin {",
        "  policy = \"read\"",
        "}",
        "");

    /// <summary>Reads everything a dashboard shows, changes nothing.</summary>
    public static readonly string ReadOnly = string.Join('\n',
        "namespace \"*\" {",
        "  policy = \"read\"",
        "}",
        "node {",
        "  policy = \"read\"",
        "}",
        "agent {",
        "  policy = \"read\"",
        "}",
        "operator {",
        "  policy = \"read\"",
        "}",
        "plugin {",
        "  policy = \"read\"",
        "}",
        "");

    /// <summary>
    /// Submits, reads and stops jobs and their variables in one namespace only (what the Nomad provider's
    /// <c>nomad_job</c> and <c>nomad_variable</c> call: register, read the job, its allocations and deployments, and
    /// the variable), and reads the nodes' list so the provider can report placement.
    /// </summary>
    public static string Deploy(string ns) => string.Join('\n',
        $"namespace \"{ns}\" {{",
        "  capabilities = [\"list-jobs\", \"parse-job\", \"read-job\", \"submit-job\", \"dispatch-job\", \"read-logs\", \"alloc-lifecycle\"]",
        "  variables {",
        "    path \"nomad/jobs/*\" {",
        "      capabilities = [\"write\", \"read\", \"list\", \"destroy\"]",
        "    }",
        "  }",
        "}",
        "node {",
        "  policy = \"read\"",
        "}",
        "");
}
