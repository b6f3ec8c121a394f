using YamlDotNet.Serialization;

namespace Lab.Components.Rendering;

/// <summary>
/// The cloud-config keys the lab sets, in the order they are written. Null members are omitted. Key names and
/// shapes follow cloud-init's schema (<c>cloud-init schema --config-file</c> checks them in the tests).
/// </summary>
internal sealed record CloudConfigDocument
{
    [YamlMember(Alias = "hostname", Order = 0)]
    public required string Hostname { get; init; }

    [YamlMember(Alias = "fqdn", Order = 1)]
    public required string Fqdn { get; init; }

    [YamlMember(Alias = "preserve_hostname", Order = 2)]
    public required bool PreserveHostname { get; init; }

    [YamlMember(Alias = "manage_etc_hosts", Order = 3)]
    public required bool ManageEtcHosts { get; init; }

    [YamlMember(Alias = "disable_root", Order = 4)]
    public required bool DisableRoot { get; init; }

    [YamlMember(Alias = "ssh_pwauth", Order = 5)]
    public required bool SshPasswordAuthentication { get; init; }

    [YamlMember(Alias = "users", Order = 6)]
    public required IReadOnlyList<CloudConfigUser> Users { get; init; }

    [YamlMember(Alias = "growpart", Order = 7)]
    public required CloudConfigGrowpart Growpart { get; init; }

    [YamlMember(Alias = "resize_rootfs", Order = 8)]
    public required bool ResizeRootfs { get; init; }

    [YamlMember(Alias = "package_update", Order = 9)]
    public required bool PackageUpdate { get; init; }

    [YamlMember(Alias = "package_upgrade", Order = 10)]
    public required bool PackageUpgrade { get; init; }

    [YamlMember(Alias = "apt", Order = 11)]
    public required CloudConfigApt? Apt { get; init; }

    /// <summary>Each entry is a package name (<see cref="string"/>) or a pinned <c>[name, version]</c> pair (<see cref="CloudConfigFlowList"/>): cloud-init's schema takes either.</summary>
    [YamlMember(Alias = "packages", Order = 12)]
    public required IReadOnlyList<object> Packages { get; init; }

    /// <summary>Commands in argv form, so cloud-init quotes each argument and no shell parsing is involved.</summary>
    [YamlMember(Alias = "runcmd", Order = 13)]
    public required IReadOnlyList<CloudConfigFlowList> RunCommands { get; init; }
}
