namespace Pulumi.Command;

/// <summary>The resource type token and package version of a Pulumi.Command resource.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
internal sealed class CommandResourceTypeAttribute(string type) : global::Pulumi.ResourceTypeAttribute(type, CommandPackage.Version);

/// <summary>What every Pulumi.Command resource shares: its package version and how a secret input is wrapped.</summary>
internal static class CommandPackage
{
    public const string Version = "1.2.1";

    /// <summary>Marks an input secret, as the provider schema does for the whole SSH connection.</summary>
    public static Input<T>? Secret<T>(Input<T>? value)
    {
        if (value is null)
        {
            return null;
        }
        return Output.CreateSecret(value.ToOutput());
    }
}
