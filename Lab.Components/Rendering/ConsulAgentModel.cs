namespace Lab.Components.Rendering;

/// <summary>
/// What one Consul agent's <see cref="AgentPaths.ConsulConfig"/> is made from. Secret fields hold either the real
/// value or a redaction placeholder; <see cref="ConsulAgentConfigRenderer"/> treats them alike.
/// </summary>
internal sealed record ConsulAgentModel
{
    /// <summary>The datacenter, e.g. <c>dc1</c>.</summary>
    public required string Datacenter { get; init; }

    /// <summary>The node's name in the catalogue, e.g. <c>vb0</c>.</summary>
    public required string NodeName { get; init; }

    /// <summary>The node's IPv4 address: Consul binds gossip and RPC to it and advertises it.</summary>
    public required string Ip { get; init; }

    /// <summary>A server (Raft voter, UI) rather than a client agent.</summary>
    public required bool Server { get; init; }

    /// <summary>How many servers a server waits for before electing a leader; at least 1 on servers, 0 on clients.</summary>
    public required int BootstrapExpect { get; init; }

    /// <summary>The servers' IPv4 addresses, joined (and retried) at start.</summary>
    public required IReadOnlyList<string> RetryJoin { get; init; }

    /// <summary>Secret: the base64 gossip encryption key, the same on every agent of the datacenter.</summary>
    public required string GossipKey { get; init; }

    /// <summary>Secret: this agent's own ACL token (node registration, anti-entropy).</summary>
    public required string AgentToken { get; init; }

    /// <summary>Secret: the token the agent answers DNS queries with (<c>acl.tokens.dns</c>), the same on every agent.</summary>
    public required string DnsToken { get; init; }

    /// <summary>
    /// Secret: the ACL initial management token, set on servers so ACLs bootstrap without a manual step; null on clients.
    /// </summary>
    public required string? InitialManagementToken { get; init; }
}
