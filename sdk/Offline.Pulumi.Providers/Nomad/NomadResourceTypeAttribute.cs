namespace Pulumi.Nomad;

/// <summary>The resource type token and the Pulumi.Nomad package version, read by the core SDK.</summary>
internal sealed class NomadResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, "2.6.1");
