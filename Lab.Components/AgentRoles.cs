namespace Lab.Components;

/// <summary>What a cluster VM runs. A compact lab's node is <c>Server | Client</c>: a server that also runs jobs.</summary>
[Flags]
public enum AgentRoles
{
    /// <summary>No Nomad or Consul agent (the support VM).</summary>
    None = 0,

    /// <summary>Nomad server and Consul server.</summary>
    Server = 1,

    /// <summary>Nomad client with the Podman driver, and a Consul client (unless it is a Consul server already).</summary>
    Client = 2,
}
