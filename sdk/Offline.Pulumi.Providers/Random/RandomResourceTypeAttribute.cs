namespace Pulumi.Random;

/// <summary>The resource type token and the Pulumi.Random package version, read by the core SDK.</summary>
internal sealed class RandomResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, "4.21.1");
