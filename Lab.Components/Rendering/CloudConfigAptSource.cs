using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>
/// One cloud-config apt source. cloud-init fetches <see cref="KeyId"/> from <see cref="KeyServer"/> into its own
/// keyring file and substitutes that file for <c>$KEY_FILE</c> and the distribution's code name for <c>$RELEASE</c>.
/// </summary>
internal sealed record CloudConfigAptSource
{
    [YamlMember(Alias = "source", Order = 0)]
    public required string Source { get; init; }

    [YamlMember(Alias = "keyid", Order = 1)]
    public required string KeyId { get; init; }

    [YamlMember(Alias = "keyserver", Order = 2)]
    public required string KeyServer { get; init; }
}
