using System.Collections.Immutable;

namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitializationUserAccount
{
    public readonly ImmutableArray<string> Keys;
    public readonly string? Password;
    public readonly string? Username;

    [OutputConstructor]
    private VmLegacyInitializationUserAccount(
        ImmutableArray<string> keys,
        string? password,
        string? username)
    {
        Keys = keys;
        Password = password;
        Username = username;
    }
}
