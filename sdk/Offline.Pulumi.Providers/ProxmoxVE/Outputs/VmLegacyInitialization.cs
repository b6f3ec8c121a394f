using System.Collections.Immutable;

namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyInitialization
{
    public readonly string? DatastoreId;
    public readonly Outputs.VmLegacyInitializationDns? Dns;
    public readonly string? FileFormat;
    public readonly string? Interface;
    public readonly ImmutableArray<Outputs.VmLegacyInitializationIpConfig> IpConfigs;
    public readonly string? MetaDataFileId;
    public readonly string? NetworkDataFileId;
    public readonly string? Type;
    public readonly bool? Upgrade;
    public readonly Outputs.VmLegacyInitializationUserAccount? UserAccount;
    public readonly string? UserDataFileId;
    public readonly string? VendorDataFileId;

    [OutputConstructor]
    private VmLegacyInitialization(
        string? datastoreId,
        Outputs.VmLegacyInitializationDns? dns,
        string? fileFormat,
        string? @interface,
        ImmutableArray<Outputs.VmLegacyInitializationIpConfig> ipConfigs,
        string? metaDataFileId,
        string? networkDataFileId,
        string? type,
        bool? upgrade,
        Outputs.VmLegacyInitializationUserAccount? userAccount,
        string? userDataFileId,
        string? vendorDataFileId)
    {
        DatastoreId = datastoreId;
        Dns = dns;
        FileFormat = fileFormat;
        Interface = @interface;
        IpConfigs = ipConfigs;
        MetaDataFileId = metaDataFileId;
        NetworkDataFileId = networkDataFileId;
        Type = type;
        Upgrade = upgrade;
        UserAccount = userAccount;
        UserDataFileId = userDataFileId;
        VendorDataFileId = vendorDataFileId;
    }
}
