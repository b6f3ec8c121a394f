using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class NamespaceVaultConfig
{
    public readonly ImmutableArray<string> Alloweds;
    public readonly string? Default;
    public readonly ImmutableArray<string> Denieds;

    [OutputConstructor]
    private NamespaceVaultConfig(
        ImmutableArray<string> alloweds,
        string? @default,
        ImmutableArray<string> denieds)
    {
        Alloweds = alloweds;
        Default = @default;
        Denieds = denieds;
    }
}
