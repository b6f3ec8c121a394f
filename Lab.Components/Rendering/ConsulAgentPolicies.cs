namespace Lab.Components.Rendering;

/// <summary>
/// The Consul policies the agents need before any provider can reach Consul, each with least privilege. None has
/// <c>acl = "write"</c>: since Nomad 1.7 no agent mints Consul tokens for workloads (that is what workload identities
/// do, and the legacy token derivation needed acl:write), so root on one node is not root of Consul. The lab does not
/// configure workload identities yet: a client registers every job's services with its own token (service_prefix
/// write below), which is why any job may name any service. Everything after bootstrap (Fabio, jobs, operators) is a
/// Consul provider resource.
/// </summary>
public static class ConsulAgentPolicies
{
    /// <summary>
    /// Nomad servers: read the agent and the catalogue, and register their own <c>nomad</c> service
    /// (<c>consul.server_service_name</c>), per Nomad's "Consul ACL" integration page
    /// (https://developer.hashicorp.com/nomad/docs/secure/acl/consul).
    /// </summary>
    public static readonly ConsulPolicyToken NomadServer = new("nomad-server", "Nomad servers", string.Join('\n',
        "agent_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "node_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "service_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "service \"nomad\" {",
        "  policy = \"write\"",
        "}",
        ""));

    /// <summary>
    /// Nomad clients: read the agent and the catalogue, and register <c>nomad-client</c> and the jobs' services and
    /// checks. A compact node's agent is both, and takes this token (it allows all the server's token does).
    /// </summary>
    public static readonly ConsulPolicyToken NomadClient = new("nomad-client", "Nomad clients", string.Join('\n',
        "agent_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "node_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "service_prefix \"\" {",
        "  policy = \"write\"",
        "}",
        ""));

    /// <summary>
    /// Consul DNS: with default-deny ACLs an agent answers DNS only with a token that reads services, nodes and prepared
    /// queries; it is every agent's <c>acl.tokens.dns</c>, as HashiCorp's "Create a DNS token" guide says
    /// (https://developer.hashicorp.com/consul/docs/secure/acl/token/dns).
    /// </summary>
    public static readonly ConsulPolicyToken Dns = new("dns", "Consul DNS", string.Join('\n',
        "node_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "service_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "query_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        ""));

    /// <summary>What the cluster's ACL setup creates, in stdin order.</summary>
    public static readonly IReadOnlyList<ConsulPolicyToken> Cluster = [NomadServer, NomadClient, Dns];
}
