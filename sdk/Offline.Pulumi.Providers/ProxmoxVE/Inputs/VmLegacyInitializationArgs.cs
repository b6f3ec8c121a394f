namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyInitializationArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("dns")]
    public Input<Inputs.VmLegacyInitializationDnsArgs>? Dns { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("interface")]
    public Input<string>? Interface { get; set; }

    [Input("ipConfigs")]
    private InputList<Inputs.VmLegacyInitializationIpConfigArgs>? _ipConfigs;

    public InputList<Inputs.VmLegacyInitializationIpConfigArgs> IpConfigs
    {
        get => _ipConfigs ??= new();
        set => _ipConfigs = value;
    }

    [Input("metaDataFileId")]
    public Input<string>? MetaDataFileId { get; set; }

    [Input("networkDataFileId")]
    public Input<string>? NetworkDataFileId { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("upgrade")]
    public Input<bool>? Upgrade { get; set; }

    [Input("userAccount")]
    public Input<Inputs.VmLegacyInitializationUserAccountArgs>? UserAccount { get; set; }

    [Input("userDataFileId")]
    public Input<string>? UserDataFileId { get; set; }

    [Input("vendorDataFileId")]
    public Input<string>? VendorDataFileId { get; set; }
}

public sealed class VmLegacyInitializationGetArgs : global::Pulumi.ResourceArgs
{
    [Input("datastoreId")]
    public Input<string>? DatastoreId { get; set; }

    [Input("dns")]
    public Input<Inputs.VmLegacyInitializationDnsGetArgs>? Dns { get; set; }

    [Input("fileFormat")]
    public Input<string>? FileFormat { get; set; }

    [Input("interface")]
    public Input<string>? Interface { get; set; }

    [Input("ipConfigs")]
    private InputList<Inputs.VmLegacyInitializationIpConfigGetArgs>? _ipConfigs;

    public InputList<Inputs.VmLegacyInitializationIpConfigGetArgs> IpConfigs
    {
        get => _ipConfigs ??= new();
        set => _ipConfigs = value;
    }

    [Input("metaDataFileId")]
    public Input<string>? MetaDataFileId { get; set; }

    [Input("networkDataFileId")]
    public Input<string>? NetworkDataFileId { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("upgrade")]
    public Input<bool>? Upgrade { get; set; }

    [Input("userAccount")]
    public Input<Inputs.VmLegacyInitializationUserAccountGetArgs>? UserAccount { get; set; }

    [Input("userDataFileId")]
    public Input<string>? UserDataFileId { get; set; }

    [Input("vendorDataFileId")]
    public Input<string>? VendorDataFileId { get; set; }
}
