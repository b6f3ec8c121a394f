using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>cloud-config <c>growpart</c>: which partitions to grow to the end of their disk.</summary>
internal sealed record CloudConfigGrowpart
{
    [YamlMember(Alias = "mode", Order = 0)]
    public required string Mode { get; init; }

    [YamlMember(Alias = "devices", Order = 1)]
    public required IReadOnlyList<string> Devices { get; init; }
}
