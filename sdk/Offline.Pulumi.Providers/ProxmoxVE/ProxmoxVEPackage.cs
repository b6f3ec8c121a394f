namespace Pulumi.ProxmoxVE;

/// <summary>The resource type token and package version of a Pulumi.ProxmoxVE resource.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
internal sealed class ProxmoxVEResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, ProxmoxVEPackage.Version);

/// <summary>What every Pulumi.ProxmoxVE resource shares: its package version and how a secret input is wrapped.</summary>
internal static class ProxmoxVEPackage
{
    public const string Version = "8.3.0";

    /// <summary>Marks an input secret, as the provider schema does for passwords, tokens and keys.</summary>
    public static Input<T>? Secret<T>(Input<T>? value)
    {
        if (value is null)
        {
            return null;
        }
        return Output.CreateSecret(value.ToOutput());
    }
}
