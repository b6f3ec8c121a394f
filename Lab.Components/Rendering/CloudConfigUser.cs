using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>One entry of cloud-config <c>users</c>. Null members are omitted, which for <c>sudo</c> means no sudo rule.</summary>
internal sealed record CloudConfigUser
{
    [YamlMember(Alias = "name", Order = 0)]
    public required string Name { get; init; }

    [YamlMember(Alias = "uid", Order = 1)]
    public int? Uid { get; init; }

    [YamlMember(Alias = "groups", Order = 2)]
    public IReadOnlyList<string>? Groups { get; init; }

    [YamlMember(Alias = "shell", Order = 3)]
    public required string Shell { get; init; }

    [YamlMember(Alias = "sudo", Order = 4)]
    public string? Sudo { get; init; }

    [YamlMember(Alias = "lock_passwd", Order = 5)]
    public required bool LockPassword { get; init; }

    [YamlMember(Alias = "ssh_authorized_keys", Order = 6)]
    public IReadOnlyList<string>? SshAuthorizedKeys { get; init; }
}
