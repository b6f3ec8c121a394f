using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class NamespaceCapabilities
{
    public readonly ImmutableArray<string> DisabledNetworkModes;
    public readonly ImmutableArray<string> DisabledTaskDrivers;
    public readonly ImmutableArray<string> EnabledNetworkModes;
    public readonly ImmutableArray<string> EnabledTaskDrivers;

    [OutputConstructor]
    private NamespaceCapabilities(
        ImmutableArray<string> disabledNetworkModes,
        ImmutableArray<string> disabledTaskDrivers,
        ImmutableArray<string> enabledNetworkModes,
        ImmutableArray<string> enabledTaskDrivers)
    {
        DisabledNetworkModes = disabledNetworkModes;
        DisabledTaskDrivers = disabledTaskDrivers;
        EnabledNetworkModes = enabledNetworkModes;
        EnabledTaskDrivers = enabledTaskDrivers;
    }
}
