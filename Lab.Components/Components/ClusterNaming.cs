namespace Lab.Components.Components;

/// <summary>Names the agents share; they appear in certificate names, so changing one re-issues every certificate.</summary>
/// <param name="NomadRegion">Nomad region, e.g. <c>global</c>.</param>
/// <param name="NomadDatacenter">Nomad datacenter, e.g. <c>dc1</c>.</param>
/// <param name="ConsulDatacenter">Consul datacenter, e.g. <c>dc1</c>.</param>
public sealed record ClusterNaming(string NomadRegion, string NomadDatacenter, string ConsulDatacenter);
