namespace Pulumi.Consul;

/// <summary>The resource type token and the Pulumi.Consul package version, read by the core SDK.</summary>
internal sealed class ConsulResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, "3.15.1");
