namespace Lab.Infra.Config;

/// <summary>What a VM runs; a compact node is <c>Server | Client</c>.</summary>
[Flags]
public enum NodeRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Nomad and Consul servers.</summary>
    Server = 1,

    /// <summary>Nomad and Consul clients with the Podman driver: runs the jobs.</summary>
    Client = 2,

    /// <summary>The support VM: the base only, a spare node for tooling.</summary>
    Support = 4,
}

/// <summary>Display names of <see cref="NodeRoles"/>, as the summary and the totals show them.</summary>
public static class NodeRolesText
{
    /// <summary><c>server</c>, <c>client</c>, <c>support</c>, or the parts joined with <c>+</c>: <c>server+client</c>.</summary>
    public static string Describe(this NodeRoles roles)
    {
        var parts = new List<string>();
        if (roles.HasFlag(NodeRoles.Server))
        {
            parts.Add("server");
        }

        if (roles.HasFlag(NodeRoles.Client))
        {
            parts.Add("client");
        }

        if (roles.HasFlag(NodeRoles.Support))
        {
            parts.Add("support");
        }

        return parts.Count == 0 ? "none" : string.Join("+", parts);
    }
}
