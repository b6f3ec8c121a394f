namespace Lab.Components.Rendering;

/// <summary>What <see cref="ConsulAclScript"/> sets up in a Consul datacenter whose ACLs are on.</summary>
/// <param name="Datacenter">The Consul datacenter, such as <c>dc1</c>; node identities are bound to it.</param>
/// <param name="PolicyTokens">Policies to create or update, each with one token linked to it; stdin carries their secrets in this order.</param>
/// <param name="NodeNames">The Consul node names, each of which gets an agent token with its node identity; stdin carries their tokens in this order, after the policy tokens.</param>
public sealed record ConsulAclSetup(string Datacenter, IReadOnlyList<ConsulPolicyToken> PolicyTokens, IReadOnlyList<string> NodeNames);

/// <summary>A Consul ACL policy and the one token linked to it.</summary>
/// <param name="Name">The policy's name, e.g. <c>nomad-client</c>; the token's description says it too.</param>
/// <param name="Description">What the token is for, e.g. <c>Nomad clients</c>.</param>
/// <param name="Rules">The policy's rules (HCL).</param>
public sealed record ConsulPolicyToken(string Name, string Description, string Rules);
