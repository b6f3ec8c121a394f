using System.Collections.Immutable;

namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyCpu
{
    public readonly string? Affinity;
    public readonly string? Architecture;
    public readonly int? Cores;
    public readonly ImmutableArray<string> Flags;
    public readonly int? Hotplugged;
    public readonly double? Limit;
    public readonly bool? Numa;
    public readonly int? Sockets;
    public readonly string? Type;
    public readonly int? Units;

    [OutputConstructor]
    private VmLegacyCpu(
        string? affinity,
        string? architecture,
        int? cores,
        ImmutableArray<string> flags,
        int? hotplugged,
        double? limit,
        bool? numa,
        int? sockets,
        string? type,
        int? units)
    {
        Affinity = affinity;
        Architecture = architecture;
        Cores = cores;
        Flags = flags;
        Hotplugged = hotplugged;
        Limit = limit;
        Numa = numa;
        Sockets = sockets;
        Type = type;
        Units = units;
    }
}
