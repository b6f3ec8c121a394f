using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class NamespaceNodePoolConfig
{
    public readonly ImmutableArray<string> Alloweds;
    public readonly string? Default;
    public readonly ImmutableArray<string> Denieds;

    [OutputConstructor]
    private NamespaceNodePoolConfig(
        ImmutableArray<string> alloweds,
        string? @default,
        ImmutableArray<string> denieds)
    {
        Alloweds = alloweds;
        Default = @default;
        Denieds = denieds;
    }
}
