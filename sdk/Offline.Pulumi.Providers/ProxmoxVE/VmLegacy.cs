using System.Collections.Immutable;

namespace Pulumi.ProxmoxVE;

[ProxmoxVEResourceType("proxmoxve:index/vmLegacy:VmLegacy")]
public partial class VmLegacy : global::Pulumi.CustomResource
{
    [Output("acpi")]
    public Output<bool?> Acpi { get; private set; } = null!;

    [Output("agent")]
    public Output<Outputs.VmLegacyAgent?> Agent { get; private set; } = null!;

    [Output("amdSev")]
    public Output<Outputs.VmLegacyAmdSev?> AmdSev { get; private set; } = null!;

    [Output("audioDevice")]
    public Output<Outputs.VmLegacyAudioDevice?> AudioDevice { get; private set; } = null!;

    [Output("bios")]
    public Output<string?> Bios { get; private set; } = null!;

    [Output("bootOrders")]
    public Output<ImmutableArray<string>> BootOrders { get; private set; } = null!;

    [Output("cdrom")]
    public Output<Outputs.VmLegacyCdrom?> Cdrom { get; private set; } = null!;

    [Output("clone")]
    public Output<Outputs.VmLegacyClone?> Clone { get; private set; } = null!;

    [Output("cpu")]
    public Output<Outputs.VmLegacyCpu?> Cpu { get; private set; } = null!;

    [Output("deleteUnreferencedDisksOnDestroy")]
    public Output<bool?> DeleteUnreferencedDisksOnDestroy { get; private set; } = null!;

    [Output("description")]
    public Output<string?> Description { get; private set; } = null!;

    [Output("disks")]
    public Output<ImmutableArray<Outputs.VmLegacyDisk>> Disks { get; private set; } = null!;

    [Output("efiDisk")]
    public Output<Outputs.VmLegacyEfiDisk?> EfiDisk { get; private set; } = null!;

    [Output("hookScriptFileId")]
    public Output<string?> HookScriptFileId { get; private set; } = null!;

    [Output("hostpcis")]
    public Output<ImmutableArray<Outputs.VmLegacyHostpci>> Hostpcis { get; private set; } = null!;

    [Output("hotplug")]
    public Output<string> Hotplug { get; private set; } = null!;

    [Output("initialization")]
    public Output<Outputs.VmLegacyInitialization?> Initialization { get; private set; } = null!;

    [Output("ipv4Addresses")]
    public Output<ImmutableArray<ImmutableArray<string>>> Ipv4Addresses { get; private set; } = null!;

    [Output("ipv6Addresses")]
    public Output<ImmutableArray<ImmutableArray<string>>> Ipv6Addresses { get; private set; } = null!;

    [Output("keyboardLayout")]
    public Output<string?> KeyboardLayout { get; private set; } = null!;

    [Output("kvmArguments")]
    public Output<string?> KvmArguments { get; private set; } = null!;

    [Output("macAddresses")]
    public Output<ImmutableArray<string>> MacAddresses { get; private set; } = null!;

    [Output("machine")]
    public Output<string?> Machine { get; private set; } = null!;

    [Output("memory")]
    public Output<Outputs.VmLegacyMemory?> Memory { get; private set; } = null!;

    [Output("migrate")]
    public Output<bool?> Migrate { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("networkDevices")]
    public Output<ImmutableArray<Outputs.VmLegacyNetworkDevice>> NetworkDevices { get; private set; } = null!;

    [Output("networkInterfaceNames")]
    public Output<ImmutableArray<string>> NetworkInterfaceNames { get; private set; } = null!;

    [Output("nodeName")]
    public Output<string> NodeName { get; private set; } = null!;

    [Output("numas")]
    public Output<ImmutableArray<Outputs.VmLegacyNuma>> Numas { get; private set; } = null!;

    [Output("onBoot")]
    public Output<bool?> OnBoot { get; private set; } = null!;

    [Output("operatingSystem")]
    public Output<Outputs.VmLegacyOperatingSystem?> OperatingSystem { get; private set; } = null!;

    [Output("poolId")]
    public Output<string?> PoolId { get; private set; } = null!;

    [Output("protection")]
    public Output<bool?> Protection { get; private set; } = null!;

    [Output("purgeOnDestroy")]
    public Output<bool?> PurgeOnDestroy { get; private set; } = null!;

    [Output("reboot")]
    public Output<bool?> Reboot { get; private set; } = null!;

    [Output("rebootAfterUpdate")]
    public Output<bool?> RebootAfterUpdate { get; private set; } = null!;

    [Output("rngs")]
    public Output<ImmutableArray<Outputs.VmLegacyRng>> Rngs { get; private set; } = null!;

    [Output("scsiHardware")]
    public Output<string?> ScsiHardware { get; private set; } = null!;

    [Output("serialDevices")]
    public Output<ImmutableArray<Outputs.VmLegacySerialDevice>> SerialDevices { get; private set; } = null!;

    [Output("smbios")]
    public Output<Outputs.VmLegacySmbios?> Smbios { get; private set; } = null!;

    [Output("started")]
    public Output<bool?> Started { get; private set; } = null!;

    [Output("startup")]
    public Output<Outputs.VmLegacyStartup?> Startup { get; private set; } = null!;

    [Output("stopOnDestroy")]
    public Output<bool?> StopOnDestroy { get; private set; } = null!;

    [Output("tabletDevice")]
    public Output<bool?> TabletDevice { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableArray<string>> Tags { get; private set; } = null!;

    [Output("template")]
    public Output<bool?> Template { get; private set; } = null!;

    [Output("timeoutClone")]
    public Output<int?> TimeoutClone { get; private set; } = null!;

    [Output("timeoutCreate")]
    public Output<int?> TimeoutCreate { get; private set; } = null!;

    [Output("timeoutMigrate")]
    public Output<int?> TimeoutMigrate { get; private set; } = null!;

    [Output("timeoutMoveDisk")]
    public Output<int?> TimeoutMoveDisk { get; private set; } = null!;

    [Output("timeoutReboot")]
    public Output<int?> TimeoutReboot { get; private set; } = null!;

    [Output("timeoutShutdownVm")]
    public Output<int?> TimeoutShutdownVm { get; private set; } = null!;

    [Output("timeoutStartVm")]
    public Output<int?> TimeoutStartVm { get; private set; } = null!;

    [Output("timeoutStopVm")]
    public Output<int?> TimeoutStopVm { get; private set; } = null!;

    [Output("tpmState")]
    public Output<Outputs.VmLegacyTpmState?> TpmState { get; private set; } = null!;

    [Output("usbs")]
    public Output<ImmutableArray<Outputs.VmLegacyUsb>> Usbs { get; private set; } = null!;

    [Output("vga")]
    public Output<Outputs.VmLegacyVga> Vga { get; private set; } = null!;

    [Output("virtiofs")]
    public Output<ImmutableArray<Outputs.VmLegacyVirtiof>> Virtiofs { get; private set; } = null!;

    [Output("vmId")]
    public Output<int> VmId { get; private set; } = null!;

    [Output("watchdog")]
    public Output<Outputs.VmLegacyWatchdog?> Watchdog { get; private set; } = null!;

    public VmLegacy(string name, VmLegacyArgs args, CustomResourceOptions? options = null)
        : base("proxmoxve:index/vmLegacy:VmLegacy", name, args ?? new VmLegacyArgs(), MakeOptions(options, ""))
    {
    }

    private VmLegacy(string name, Input<string> id, VmLegacyState? state = null, CustomResourceOptions? options = null)
        : base("proxmoxve:index/vmLegacy:VmLegacy", name, state, MakeOptions(options, id))
    {
    }

    public static VmLegacy Get(string name, Input<string> id, VmLegacyState? state = null, CustomResourceOptions? options = null) => new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = ProxmoxVEPackage.Version,
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class VmLegacyArgs : global::Pulumi.ResourceArgs
{
    [Input("acpi")]
    public Input<bool>? Acpi { get; set; }

    [Input("agent")]
    public Input<Inputs.VmLegacyAgentArgs>? Agent { get; set; }

    [Input("amdSev")]
    public Input<Inputs.VmLegacyAmdSevArgs>? AmdSev { get; set; }

    [Input("audioDevice")]
    public Input<Inputs.VmLegacyAudioDeviceArgs>? AudioDevice { get; set; }

    [Input("bios")]
    public Input<string>? Bios { get; set; }

    [Input("bootOrders")]
    private InputList<string>? _bootOrders;

    public InputList<string> BootOrders
    {
        get => _bootOrders ??= new();
        set => _bootOrders = value;
    }

    [Input("cdrom")]
    public Input<Inputs.VmLegacyCdromArgs>? Cdrom { get; set; }

    [Input("clone")]
    public Input<Inputs.VmLegacyCloneArgs>? Clone { get; set; }

    [Input("cpu")]
    public Input<Inputs.VmLegacyCpuArgs>? Cpu { get; set; }

    [Input("deleteUnreferencedDisksOnDestroy")]
    public Input<bool>? DeleteUnreferencedDisksOnDestroy { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("disks")]
    private InputList<Inputs.VmLegacyDiskArgs>? _disks;

    public InputList<Inputs.VmLegacyDiskArgs> Disks
    {
        get => _disks ??= new();
        set => _disks = value;
    }

    [Input("efiDisk")]
    public Input<Inputs.VmLegacyEfiDiskArgs>? EfiDisk { get; set; }

    [Input("hookScriptFileId")]
    public Input<string>? HookScriptFileId { get; set; }

    [Input("hostpcis")]
    private InputList<Inputs.VmLegacyHostpciArgs>? _hostpcis;

    public InputList<Inputs.VmLegacyHostpciArgs> Hostpcis
    {
        get => _hostpcis ??= new();
        set => _hostpcis = value;
    }

    [Input("hotplug")]
    public Input<string>? Hotplug { get; set; }

    [Input("initialization")]
    public Input<Inputs.VmLegacyInitializationArgs>? Initialization { get; set; }

    [Input("keyboardLayout")]
    public Input<string>? KeyboardLayout { get; set; }

    [Input("kvmArguments")]
    public Input<string>? KvmArguments { get; set; }

    [Input("macAddresses")]
    private InputList<string>? _macAddresses;

    public InputList<string> MacAddresses
    {
        get => _macAddresses ??= new();
        set => _macAddresses = value;
    }

    [Input("machine")]
    public Input<string>? Machine { get; set; }

    [Input("memory")]
    public Input<Inputs.VmLegacyMemoryArgs>? Memory { get; set; }

    [Input("migrate")]
    public Input<bool>? Migrate { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("networkDevices")]
    private InputList<Inputs.VmLegacyNetworkDeviceArgs>? _networkDevices;

    public InputList<Inputs.VmLegacyNetworkDeviceArgs> NetworkDevices
    {
        get => _networkDevices ??= new();
        set => _networkDevices = value;
    }

    [Input("nodeName", required: true)]
    public Input<string> NodeName { get; set; } = null!;

    [Input("numas")]
    private InputList<Inputs.VmLegacyNumaArgs>? _numas;

    public InputList<Inputs.VmLegacyNumaArgs> Numas
    {
        get => _numas ??= new();
        set => _numas = value;
    }

    [Input("onBoot")]
    public Input<bool>? OnBoot { get; set; }

    [Input("operatingSystem")]
    public Input<Inputs.VmLegacyOperatingSystemArgs>? OperatingSystem { get; set; }

    [Input("poolId")]
    public Input<string>? PoolId { get; set; }

    [Input("protection")]
    public Input<bool>? Protection { get; set; }

    [Input("purgeOnDestroy")]
    public Input<bool>? PurgeOnDestroy { get; set; }

    [Input("reboot")]
    public Input<bool>? Reboot { get; set; }

    [Input("rebootAfterUpdate")]
    public Input<bool>? RebootAfterUpdate { get; set; }

    [Input("rngs")]
    private InputList<Inputs.VmLegacyRngArgs>? _rngs;

    public InputList<Inputs.VmLegacyRngArgs> Rngs
    {
        get => _rngs ??= new();
        set => _rngs = value;
    }

    [Input("scsiHardware")]
    public Input<string>? ScsiHardware { get; set; }

    [Input("serialDevices")]
    private InputList<Inputs.VmLegacySerialDeviceArgs>? _serialDevices;

    public InputList<Inputs.VmLegacySerialDeviceArgs> SerialDevices
    {
        get => _serialDevices ??= new();
        set => _serialDevices = value;
    }

    [Input("smbios")]
    public Input<Inputs.VmLegacySmbiosArgs>? Smbios { get; set; }

    [Input("started")]
    public Input<bool>? Started { get; set; }

    [Input("startup")]
    public Input<Inputs.VmLegacyStartupArgs>? Startup { get; set; }

    [Input("stopOnDestroy")]
    public Input<bool>? StopOnDestroy { get; set; }

    [Input("tabletDevice")]
    public Input<bool>? TabletDevice { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ??= new();
        set => _tags = value;
    }

    [Input("template")]
    public Input<bool>? Template { get; set; }

    [Input("timeoutClone")]
    public Input<int>? TimeoutClone { get; set; }

    [Input("timeoutCreate")]
    public Input<int>? TimeoutCreate { get; set; }

    [Input("timeoutMigrate")]
    public Input<int>? TimeoutMigrate { get; set; }

    [Input("timeoutMoveDisk")]
    public Input<int>? TimeoutMoveDisk { get; set; }

    [Input("timeoutReboot")]
    public Input<int>? TimeoutReboot { get; set; }

    [Input("timeoutShutdownVm")]
    public Input<int>? TimeoutShutdownVm { get; set; }

    [Input("timeoutStartVm")]
    public Input<int>? TimeoutStartVm { get; set; }

    [Input("timeoutStopVm")]
    public Input<int>? TimeoutStopVm { get; set; }

    [Input("tpmState")]
    public Input<Inputs.VmLegacyTpmStateArgs>? TpmState { get; set; }

    [Input("usbs")]
    private InputList<Inputs.VmLegacyUsbArgs>? _usbs;

    public InputList<Inputs.VmLegacyUsbArgs> Usbs
    {
        get => _usbs ??= new();
        set => _usbs = value;
    }

    [Input("vga")]
    public Input<Inputs.VmLegacyVgaArgs>? Vga { get; set; }

    [Input("virtiofs")]
    private InputList<Inputs.VmLegacyVirtiofArgs>? _virtiofs;

    public InputList<Inputs.VmLegacyVirtiofArgs> Virtiofs
    {
        get => _virtiofs ??= new();
        set => _virtiofs = value;
    }

    [Input("vmId")]
    public Input<int>? VmId { get; set; }

    [Input("watchdog")]
    public Input<Inputs.VmLegacyWatchdogArgs>? Watchdog { get; set; }
}

public sealed class VmLegacyState : global::Pulumi.ResourceArgs
{
    [Input("acpi")]
    public Input<bool>? Acpi { get; set; }

    [Input("agent")]
    public Input<Inputs.VmLegacyAgentGetArgs>? Agent { get; set; }

    [Input("amdSev")]
    public Input<Inputs.VmLegacyAmdSevGetArgs>? AmdSev { get; set; }

    [Input("audioDevice")]
    public Input<Inputs.VmLegacyAudioDeviceGetArgs>? AudioDevice { get; set; }

    [Input("bios")]
    public Input<string>? Bios { get; set; }

    [Input("bootOrders")]
    private InputList<string>? _bootOrders;

    public InputList<string> BootOrders
    {
        get => _bootOrders ??= new();
        set => _bootOrders = value;
    }

    [Input("cdrom")]
    public Input<Inputs.VmLegacyCdromGetArgs>? Cdrom { get; set; }

    [Input("clone")]
    public Input<Inputs.VmLegacyCloneGetArgs>? Clone { get; set; }

    [Input("cpu")]
    public Input<Inputs.VmLegacyCpuGetArgs>? Cpu { get; set; }

    [Input("deleteUnreferencedDisksOnDestroy")]
    public Input<bool>? DeleteUnreferencedDisksOnDestroy { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("disks")]
    private InputList<Inputs.VmLegacyDiskGetArgs>? _disks;

    public InputList<Inputs.VmLegacyDiskGetArgs> Disks
    {
        get => _disks ??= new();
        set => _disks = value;
    }

    [Input("efiDisk")]
    public Input<Inputs.VmLegacyEfiDiskGetArgs>? EfiDisk { get; set; }

    [Input("hookScriptFileId")]
    public Input<string>? HookScriptFileId { get; set; }

    [Input("hostpcis")]
    private InputList<Inputs.VmLegacyHostpciGetArgs>? _hostpcis;

    public InputList<Inputs.VmLegacyHostpciGetArgs> Hostpcis
    {
        get => _hostpcis ??= new();
        set => _hostpcis = value;
    }

    [Input("hotplug")]
    public Input<string>? Hotplug { get; set; }

    [Input("initialization")]
    public Input<Inputs.VmLegacyInitializationGetArgs>? Initialization { get; set; }

    [Input("ipv4Addresses")]
    private InputList<ImmutableArray<string>>? _ipv4Addresses;

    public InputList<ImmutableArray<string>> Ipv4Addresses
    {
        get => _ipv4Addresses ??= new();
        set => _ipv4Addresses = value;
    }

    [Input("ipv6Addresses")]
    private InputList<ImmutableArray<string>>? _ipv6Addresses;

    public InputList<ImmutableArray<string>> Ipv6Addresses
    {
        get => _ipv6Addresses ??= new();
        set => _ipv6Addresses = value;
    }

    [Input("keyboardLayout")]
    public Input<string>? KeyboardLayout { get; set; }

    [Input("kvmArguments")]
    public Input<string>? KvmArguments { get; set; }

    [Input("macAddresses")]
    private InputList<string>? _macAddresses;

    public InputList<string> MacAddresses
    {
        get => _macAddresses ??= new();
        set => _macAddresses = value;
    }

    [Input("machine")]
    public Input<string>? Machine { get; set; }

    [Input("memory")]
    public Input<Inputs.VmLegacyMemoryGetArgs>? Memory { get; set; }

    [Input("migrate")]
    public Input<bool>? Migrate { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("networkDevices")]
    private InputList<Inputs.VmLegacyNetworkDeviceGetArgs>? _networkDevices;

    public InputList<Inputs.VmLegacyNetworkDeviceGetArgs> NetworkDevices
    {
        get => _networkDevices ??= new();
        set => _networkDevices = value;
    }

    [Input("networkInterfaceNames")]
    private InputList<string>? _networkInterfaceNames;

    public InputList<string> NetworkInterfaceNames
    {
        get => _networkInterfaceNames ??= new();
        set => _networkInterfaceNames = value;
    }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("numas")]
    private InputList<Inputs.VmLegacyNumaGetArgs>? _numas;

    public InputList<Inputs.VmLegacyNumaGetArgs> Numas
    {
        get => _numas ??= new();
        set => _numas = value;
    }

    [Input("onBoot")]
    public Input<bool>? OnBoot { get; set; }

    [Input("operatingSystem")]
    public Input<Inputs.VmLegacyOperatingSystemGetArgs>? OperatingSystem { get; set; }

    [Input("poolId")]
    public Input<string>? PoolId { get; set; }

    [Input("protection")]
    public Input<bool>? Protection { get; set; }

    [Input("purgeOnDestroy")]
    public Input<bool>? PurgeOnDestroy { get; set; }

    [Input("reboot")]
    public Input<bool>? Reboot { get; set; }

    [Input("rebootAfterUpdate")]
    public Input<bool>? RebootAfterUpdate { get; set; }

    [Input("rngs")]
    private InputList<Inputs.VmLegacyRngGetArgs>? _rngs;

    public InputList<Inputs.VmLegacyRngGetArgs> Rngs
    {
        get => _rngs ??= new();
        set => _rngs = value;
    }

    [Input("scsiHardware")]
    public Input<string>? ScsiHardware { get; set; }

    [Input("serialDevices")]
    private InputList<Inputs.VmLegacySerialDeviceGetArgs>? _serialDevices;

    public InputList<Inputs.VmLegacySerialDeviceGetArgs> SerialDevices
    {
        get => _serialDevices ??= new();
        set => _serialDevices = value;
    }

    [Input("smbios")]
    public Input<Inputs.VmLegacySmbiosGetArgs>? Smbios { get; set; }

    [Input("started")]
    public Input<bool>? Started { get; set; }

    [Input("startup")]
    public Input<Inputs.VmLegacyStartupGetArgs>? Startup { get; set; }

    [Input("stopOnDestroy")]
    public Input<bool>? StopOnDestroy { get; set; }

    [Input("tabletDevice")]
    public Input<bool>? TabletDevice { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ??= new();
        set => _tags = value;
    }

    [Input("template")]
    public Input<bool>? Template { get; set; }

    [Input("timeoutClone")]
    public Input<int>? TimeoutClone { get; set; }

    [Input("timeoutCreate")]
    public Input<int>? TimeoutCreate { get; set; }

    [Input("timeoutMigrate")]
    public Input<int>? TimeoutMigrate { get; set; }

    [Input("timeoutMoveDisk")]
    public Input<int>? TimeoutMoveDisk { get; set; }

    [Input("timeoutReboot")]
    public Input<int>? TimeoutReboot { get; set; }

    [Input("timeoutShutdownVm")]
    public Input<int>? TimeoutShutdownVm { get; set; }

    [Input("timeoutStartVm")]
    public Input<int>? TimeoutStartVm { get; set; }

    [Input("timeoutStopVm")]
    public Input<int>? TimeoutStopVm { get; set; }

    [Input("tpmState")]
    public Input<Inputs.VmLegacyTpmStateGetArgs>? TpmState { get; set; }

    [Input("usbs")]
    private InputList<Inputs.VmLegacyUsbGetArgs>? _usbs;

    public InputList<Inputs.VmLegacyUsbGetArgs> Usbs
    {
        get => _usbs ??= new();
        set => _usbs = value;
    }

    [Input("vga")]
    public Input<Inputs.VmLegacyVgaGetArgs>? Vga { get; set; }

    [Input("virtiofs")]
    private InputList<Inputs.VmLegacyVirtiofGetArgs>? _virtiofs;

    public InputList<Inputs.VmLegacyVirtiofGetArgs> Virtiofs
    {
        get => _virtiofs ??= new();
        set => _virtiofs = value;
    }

    [Input("vmId")]
    public Input<int>? VmId { get; set; }

    [Input("watchdog")]
    public Input<Inputs.VmLegacyWatchdogGetArgs>? Watchdog { get; set; }
}
