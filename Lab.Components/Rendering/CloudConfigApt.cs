using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>cloud-config <c>apt</c>: extra apt sources, keyed by the name of their <c>/etc/apt/sources.list.d</c> file.</summary>
internal sealed record CloudConfigApt
{
    [YamlMember(Alias = "sources", Order = 0)]
    public required IReadOnlyDictionary<string, CloudConfigAptSource> Sources { get; init; }
}
