namespace Lab.Components.Rendering;

/// <summary>
/// What one Nomad agent's <see cref="AgentPaths.NomadConfig"/> is made from. Secret fields hold either the real
/// value or a redaction placeholder; <see cref="NomadAgentConfigRenderer"/> treats them alike.
/// </summary>
internal sealed record NomadAgentModel
{
    /// <summary>The region, e.g. <c>global</c>.</summary>
    public required string Region { get; init; }

    /// <summary>The datacenter, e.g. <c>dc1</c>.</summary>
    public required string Datacenter { get; init; }

    /// <summary>The node's name, e.g. <c>vs0</c>.</summary>
    public required string NodeName { get; init; }

    /// <summary>The node's IPv4 address, advertised for HTTP, RPC and Serf.</summary>
    public required string Ip { get; init; }

    /// <summary><see cref="AgentRoles.Server"/>, <see cref="AgentRoles.Client"/>, or both on a compact node.</summary>
    public required AgentRoles Roles { get; init; }

    /// <summary>How many servers a server waits for before electing a leader; at least 1 with Server, 0 without.</summary>
    public required int BootstrapExpect { get; init; }

    /// <summary>The servers' IPv4 addresses: servers join each other on Serf, clients reach them on RPC.</summary>
    public required IReadOnlyList<string> ServerIps { get; init; }

    /// <summary>Secret: the servers' gossip encryption key; required with Server, not written without it.</summary>
    public required string GossipKey { get; init; }

    /// <summary>Secret: the ACL token this agent uses against its local Consul agent.</summary>
    public required string ConsulToken { get; init; }

    /// <summary>The client's node class for constraints, or null; only with Client.</summary>
    public required string? NodeClass { get; init; }

    /// <summary>The client's node metadata (written sorted by key); must be empty without Client.</summary>
    public required IReadOnlyDictionary<string, string> Meta { get; init; }
}
