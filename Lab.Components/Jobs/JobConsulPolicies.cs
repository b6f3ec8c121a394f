namespace Lab.Components.Jobs;

/// <summary>
/// The Consul ACL rules of the jobs that read Consul, each the least the job needs. None has <c>acl</c>, <c>operator</c>
/// or any write rule: Nomad (the client agents' token) registers every job's services and checks, so no job writes to
/// the catalogue.
/// </summary>
public static class JobConsulPolicies
{
    /// <summary>
    /// Fabio builds its routing table from the health of every service (<c>service_prefix</c> and <c>node_prefix</c>
    /// read, as HashiCorp's "Load balancing with Fabio" tutorial grants), reads its manual overrides under the KV path
    /// <c>fabio/</c> (registry.consul.kvpath, registry.consul.noroutehtmlpath) and the local agent's own info at start
    /// (<c>agent</c> read). Its self-registration is off (registry.consul.register.enabled = false), so no
    /// <c>service "fabio"</c> write.
    /// </summary>
    public static readonly string Fabio = string.Join('\n',
        "service_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "node_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "agent_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "key_prefix \"fabio/\" {",
        "  policy = \"read\"",
        "}",
        "");

    /// <summary>
    /// Prometheus discovers its targets from the catalogue (<c>consul_sd_configs</c>: services and nodes read) and
    /// scrapes Consul's own metrics at <c>/v1/agent/metrics</c>, which needs <c>agent</c> read.
    /// </summary>
    public static readonly string Prometheus = string.Join('\n',
        "service_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "node_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "agent_prefix \"\" {",
        "  policy = \"read\"",
        "}",
        "");
}
