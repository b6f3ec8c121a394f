namespace Lab.Components.Rendering;

/// <summary>What <see cref="ConsulAclScript"/> sets up in a Consul datacenter whose ACLs are on.</summary>
/// <param name="Datacenter">The Consul datacenter, such as <c>dc1</c>; node identities are bound to it.</param>
/// <param name="CreateNomadAgentToken">Whether to create the <c>nomad-agents</c> policy and a token with it for the Nomad agents.</param>
/// <param name="NodeNames">The Consul node names, each of which gets an agent token with its node identity; stdin carries their tokens in this order.</param>
public sealed record ConsulAclSetup(string Datacenter, bool CreateNomadAgentToken, IReadOnlyList<string> NodeNames);
