namespace Pulumi.Cloudflare;

/// <summary>The resource type token and the Pulumi.Cloudflare package version, read by the core SDK.</summary>
internal sealed class CloudflareResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, "6.17.0");
