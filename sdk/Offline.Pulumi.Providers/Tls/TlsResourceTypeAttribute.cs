namespace Pulumi.Tls;

/// <summary>The resource type token and the Pulumi.Tls package version, read by the core SDK.</summary>
internal sealed class TlsResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, "5.5.1");
