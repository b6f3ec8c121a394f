using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.ProxmoxVE;
using Pulumi.ProxmoxVE.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

[TestFixture]
public sealed class ProxmoxVETests
{
    private const string VmLegacyType = "proxmoxve:index/vmLegacy:VmLegacy";
    private const string FileLegacyType = "proxmoxve:index/fileLegacy:FileLegacy";
    private const string ProviderType = "pulumi:providers:proxmoxve";

    private static readonly TestOptions Options = new() { IsPreview = false };

    [Test]
    public async Task VmLegacy_registers_with_its_token_and_nested_clone_inputs()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync(mocks, Options, () => _ = new VmLegacy("vb0", ClonedVmArgs()));

        var vm = mocks.Single(VmLegacyType);
        var expected = new Dictionary<string, object>
        {
            ["agent"] = new Dictionary<string, object> { ["enabled"] = true },
            ["clone"] = new Dictionary<string, object> { ["datastoreId"] = "local-lvm", ["full"] = true, ["vmId"] = 2204.0 },
            ["cpu"] = new Dictionary<string, object> { ["cores"] = 4.0, ["type"] = "host" },
            ["description"] = "Nomad server",
            ["disks"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["datastoreId"] = "local-lvm",
                    ["discard"] = "on",
                    ["interface"] = "scsi0",
                    ["size"] = 150.0,
                    ["ssd"] = true,
                },
            },
            ["initialization"] = new Dictionary<string, object>
            {
                ["datastoreId"] = "local-lvm",
                ["dns"] = new Dictionary<string, object> { ["domain"] = "lab.example.com", ["servers"] = new object[] { "192.168.10.53" } },
                ["ipConfigs"] = new object[]
                {
                    new Dictionary<string, object>
                    {
                        ["ipv4"] = new Dictionary<string, object> { ["address"] = "192.168.10.120/24", ["gateway"] = "192.168.10.1" },
                    },
                },
                ["userAccount"] = new Dictionary<string, object>
                {
                    ["keys"] = new object[] { "ssh-ed25519 AAAA lab" },
                    ["password"] = "hunter2",
                    ["username"] = "ubuntu",
                },
                ["userDataFileId"] = "local:snippets/vb0.yaml",
            },
            ["memory"] = new Dictionary<string, object> { ["dedicated"] = 12288.0 },
            ["name"] = "vb0",
            ["networkDevices"] = new object[] { new Dictionary<string, object> { ["bridge"] = "vmbr0", ["model"] = "virtio" } },
            ["nodeName"] = "pve0",
            ["onBoot"] = true,
            ["operatingSystem"] = new Dictionary<string, object> { ["type"] = "l26" },
            ["started"] = true,
            ["startup"] = new Dictionary<string, object> { ["order"] = 1.0, ["upDelay"] = 30.0 },
            ["stopOnDestroy"] = true,
            ["tags"] = new object[] { "nomad", "server" },
            ["template"] = false,
            ["vmId"] = 120.0,
        };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(vm.Name, Is.EqualTo("vb0"));
            Assert.That(vm.Inputs, Is.EqualTo(expected));
            Assert.That(vm.Inputs["clone"], Is.InstanceOf<ImmutableDictionary<string, object>>());
            Assert.That(vm.Inputs["disks"], Is.TypeOf<ImmutableArray<object>>());
            Assert.That(vm.Inputs["vmId"], Is.TypeOf<double>());
        }
    }

    [Test]
    public async Task VmLegacy_maps_its_state_into_nested_output_types()
    {
        var mocks = new RecordingMocks();
        // Normally reported by the QEMU guest agent, one list per network interface.
        mocks.Computed[VmLegacyType] = _ => new Dictionary<string, object>
        {
            ["ipv4Addresses"] = ImmutableArray.Create<object>(
                ImmutableArray.Create<object>("127.0.0.1"), ImmutableArray.Create<object>("192.168.10.120")),
        };
        VmLegacy vm = null!;

        await Deployment.TestAsync(mocks, Options, () => vm = new VmLegacy("vb0", ClonedVmArgs()));

        var clone = await OutputUtilities.GetValueAsync(vm.Clone);
        var disks = await OutputUtilities.GetValueAsync(vm.Disks);
        var initialization = await OutputUtilities.GetValueAsync(vm.Initialization);
        var cpu = await OutputUtilities.GetValueAsync(vm.Cpu);
        var memory = await OutputUtilities.GetValueAsync(vm.Memory);
        var startup = await OutputUtilities.GetValueAsync(vm.Startup);
        var ipv4Addresses = await OutputUtilities.GetValueAsync(vm.Ipv4Addresses);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await OutputUtilities.GetValueAsync(vm.Id), Is.EqualTo("vb0_id"));
            Assert.That(await OutputUtilities.GetValueAsync(vm.VmId), Is.EqualTo(120));
            Assert.That(await OutputUtilities.GetValueAsync(vm.Name), Is.EqualTo("vb0"));
            Assert.That(await OutputUtilities.GetValueAsync(vm.Tags), Is.EqualTo(new[] { "nomad", "server" }));
            Assert.That(await OutputUtilities.GetValueAsync(vm.OnBoot), Is.True);
            Assert.That(clone!.VmId, Is.EqualTo(2204));
            Assert.That(clone.Full, Is.True);
            Assert.That(clone.DatastoreId, Is.EqualTo("local-lvm"));
            Assert.That(clone.NodeName, Is.Null);
            Assert.That(clone.Retries, Is.Null);
            Assert.That(cpu!.Cores, Is.EqualTo(4));
            Assert.That(cpu.Type, Is.EqualTo("host"));
            Assert.That(memory!.Dedicated, Is.EqualTo(12288));
            Assert.That(startup!.Order, Is.EqualTo(1));
            Assert.That(startup.UpDelay, Is.EqualTo(30));
            Assert.That(disks, Has.Length.EqualTo(1));
            Assert.That(disks[0].Interface, Is.EqualTo("scsi0"));
            Assert.That(disks[0].Size, Is.EqualTo(150));
            Assert.That(disks[0].Ssd, Is.True);
            Assert.That(disks[0].Speed, Is.Null);
            Assert.That(initialization!.UserDataFileId, Is.EqualTo("local:snippets/vb0.yaml"));
            Assert.That(initialization.Dns!.Servers, Is.EqualTo(new[] { "192.168.10.53" }));
            Assert.That(initialization.IpConfigs, Has.Length.EqualTo(1));
            Assert.That(initialization.IpConfigs[0].Ipv4!.Address, Is.EqualTo("192.168.10.120/24"));
            Assert.That(initialization.IpConfigs[0].Ipv4!.Gateway, Is.EqualTo("192.168.10.1"));
            Assert.That(initialization.IpConfigs[0].Ipv6, Is.Null);
            Assert.That(initialization.UserAccount!.Username, Is.EqualTo("ubuntu"));
            Assert.That(initialization.UserAccount.Keys, Is.EqualTo(new[] { "ssh-ed25519 AAAA lab" }));
            Assert.That(ipv4Addresses, Has.Length.EqualTo(2));
            Assert.That(ipv4Addresses[0], Is.EqualTo(new[] { "127.0.0.1" }));
            Assert.That(ipv4Addresses[1], Is.EqualTo(new[] { "192.168.10.120" }));
        }
    }

    [Test]
    public async Task VmLegacy_keeps_the_cloud_init_password_secret_in_its_initialization_output()
    {
        var mocks = new RecordingMocks();
        VmLegacy vm = null!;

        await Deployment.TestAsync(mocks, Options, () => vm = new VmLegacy("vb0", ClonedVmArgs()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Output.IsSecretAsync(vm.Initialization), Is.True);
            Assert.That((await OutputUtilities.GetValueAsync(vm.Initialization))!.UserAccount!.Password, Is.EqualTo("hunter2"));
            Assert.That(await Output.IsSecretAsync(vm.Clone), Is.False);
        }
    }

    [Test]
    public async Task FileLegacy_registers_a_cloud_init_snippet_from_raw_source()
    {
        var mocks = new RecordingMocks();
        // Normally computed by Proxmox once the snippet is uploaded.
        mocks.Computed[FileLegacyType] = _ => new Dictionary<string, object> { ["fileName"] = "vb0.yaml", ["fileSize"] = 14.0 };
        FileLegacy file = null!;

        await Deployment.TestAsync(mocks, Options, () => file = new FileLegacy("vb0-user-data", new FileLegacyArgs
        {
            ContentType = "snippets",
            DatastoreId = "local",
            NodeName = "pve0",
            SourceRaw = new FileLegacySourceRawArgs { Data = "#cloud-config\n", FileName = "vb0.yaml" },
        }));

        var registered = mocks.Single(FileLegacyType);
        var sourceRaw = await OutputUtilities.GetValueAsync(file.SourceRaw);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["contentType"] = "snippets",
                ["datastoreId"] = "local",
                ["nodeName"] = "pve0",
                ["sourceRaw"] = new Dictionary<string, object> { ["data"] = "#cloud-config\n", ["fileName"] = "vb0.yaml" },
            }));
            Assert.That(sourceRaw!.Data, Is.EqualTo("#cloud-config\n"));
            Assert.That(sourceRaw.FileName, Is.EqualTo("vb0.yaml"));
            Assert.That(sourceRaw.Resize, Is.Null);
            Assert.That(await OutputUtilities.GetValueAsync(file.SourceFile), Is.Null);
            Assert.That(await OutputUtilities.GetValueAsync(file.FileName), Is.EqualTo("vb0.yaml"));
            Assert.That(await OutputUtilities.GetValueAsync(file.FileSize), Is.EqualTo(14));
            Assert.That(await OutputUtilities.GetValueAsync(file.Id), Is.EqualTo("vb0-user-data_id"));
        }
    }

    [Test]
    public async Task FileLegacy_registers_a_source_file_with_its_checksum()
    {
        var mocks = new RecordingMocks();
        FileLegacy file = null!;

        await Deployment.TestAsync(mocks, Options, () => file = new FileLegacy("vendor-data", new FileLegacyArgs
        {
            ContentType = "snippets",
            DatastoreId = "local",
            NodeName = "pve0",
            SourceFile = new FileLegacySourceFileArgs { Path = "https://example.com/vendor.yaml", Checksum = "abc123", Insecure = false },
        }));

        var sourceFile = await OutputUtilities.GetValueAsync(file.SourceFile);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single(FileLegacyType).Inputs["sourceFile"], Is.EqualTo(new Dictionary<string, object>
            {
                ["checksum"] = "abc123",
                ["insecure"] = false,
                ["path"] = "https://example.com/vendor.yaml",
            }));
            Assert.That(sourceFile!.Path, Is.EqualTo("https://example.com/vendor.yaml"));
            Assert.That(sourceFile.Checksum, Is.EqualTo("abc123"));
            Assert.That(sourceFile.Insecure, Is.False);
            Assert.That(sourceFile.Changed, Is.Null);
        }
    }

    [Test]
    public async Task Provider_registers_as_the_proxmoxve_package_with_json_encoded_settings_and_a_secret_token()
    {
        var mocks = new RecordingMocks();
        Provider provider = null!;

        await Deployment.TestAsync(mocks, Options, () => provider = new Provider("pve", new ProviderArgs
        {
            Endpoint = "https://192.168.10.100:8006/",
            ApiToken = "pulumi@pve!lab=0000",
            Insecure = true,
            Ssh = new ProviderSshArgs
            {
                Agent = true,
                Username = "root",
                Nodes = { new ProviderSshNodeArgs { Name = "pve0", Address = "192.168.10.100" } },
            },
        }));

        var registered = mocks.Single(ProviderType);
        var ssh = JsonNode.Parse((string)registered.Inputs["ssh"]);
        var expectedSsh = JsonNode.Parse("""{"agent":true,"nodes":[{"address":"192.168.10.100","name":"pve0"}],"username":"root"}""");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Name, Is.EqualTo("pve"));
            Assert.That(registered.Inputs["endpoint"], Is.EqualTo("https://192.168.10.100:8006/"));
            Assert.That(registered.Inputs["apiToken"], Is.EqualTo("pulumi@pve!lab=0000"));
            Assert.That(registered.Inputs["insecure"], Is.EqualTo("true"));
            Assert.That(JsonNode.DeepEquals(ssh, expectedSsh), Is.True, $"ssh was {registered.Inputs["ssh"]}");
            Assert.That(await OutputUtilities.GetValueAsync(provider.ApiToken), Is.EqualTo("pulumi@pve!lab=0000"));
            Assert.That(await Output.IsSecretAsync(provider.ApiToken), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.Endpoint), Is.False);
        }
    }

    [Test]
    public async Task Provider_marks_a_password_it_did_not_receive_secret_through_additional_secret_outputs()
    {
        var mocks = new RecordingMocks();
        // Normally read by the provider from PROXMOX_VE_PASSWORD.
        mocks.Computed[ProviderType] = _ => new Dictionary<string, object> { ["password"] = "from-environment" };
        Provider provider = null!;

        await Deployment.TestAsync(mocks, Options, () => provider = new Provider("pve", new ProviderArgs
        {
            Endpoint = "https://192.168.10.100:8006/",
            Username = "root@pam",
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single(ProviderType).Inputs.ContainsKey("password"), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(provider.Password), Is.EqualTo("from-environment"));
            Assert.That(await Output.IsSecretAsync(provider.Password), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.Username), Is.False);
        }
    }

    [Test]
    public async Task VmLegacy_reaches_the_mock_with_its_explicit_provider_as_urn_and_id()
    {
        var mocks = new RecordingMocks();
        Provider provider = null!;

        await Deployment.TestAsync(mocks, Options, () =>
        {
            provider = new Provider("pve", new ProviderArgs { Endpoint = "https://192.168.10.100:8006/" });
            _ = new VmLegacy("vb0", ClonedVmArgs(), new CustomResourceOptions { Provider = provider });
        });

        var providerUrn = await OutputUtilities.GetValueAsync(provider.Urn);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(providerUrn, Is.EqualTo("urn:pulumi:stack::project::pulumi:pulumi:Stack$pulumi:providers:proxmoxve::pve"));
            Assert.That(mocks.Single(VmLegacyType).Provider, Is.EqualTo($"{providerUrn}::pve_id"));
        }
    }

    private static VmLegacyArgs ClonedVmArgs() => new()
    {
        NodeName = "pve0",
        Name = "vb0",
        VmId = 120,
        Description = "Nomad server",
        Tags = { "nomad", "server" },
        OnBoot = true,
        Started = true,
        StopOnDestroy = true,
        Template = false,
        Clone = new VmLegacyCloneArgs { VmId = 2204, Full = true, DatastoreId = "local-lvm" },
        Agent = new VmLegacyAgentArgs { Enabled = true },
        Cpu = new VmLegacyCpuArgs { Cores = 4, Type = "host" },
        Memory = new VmLegacyMemoryArgs { Dedicated = 12288 },
        Disks = { new VmLegacyDiskArgs { Interface = "scsi0", DatastoreId = "local-lvm", Size = 150, Discard = "on", Ssd = true } },
        NetworkDevices = { new VmLegacyNetworkDeviceArgs { Bridge = "vmbr0", Model = "virtio" } },
        OperatingSystem = new VmLegacyOperatingSystemArgs { Type = "l26" },
        Startup = new VmLegacyStartupArgs { Order = 1, UpDelay = 30 },
        Initialization = new VmLegacyInitializationArgs
        {
            DatastoreId = "local-lvm",
            Dns = new VmLegacyInitializationDnsArgs { Domain = "lab.example.com", Servers = { "192.168.10.53" } },
            IpConfigs =
            {
                new VmLegacyInitializationIpConfigArgs
                {
                    Ipv4 = new VmLegacyInitializationIpConfigIpv4Args { Address = "192.168.10.120/24", Gateway = "192.168.10.1" },
                },
            },
            UserAccount = new VmLegacyInitializationUserAccountArgs
            {
                Username = "ubuntu",
                Keys = { "ssh-ed25519 AAAA lab" },
                Password = "hunter2",
            },
            UserDataFileId = "local:snippets/vb0.yaml",
        },
    };
}
