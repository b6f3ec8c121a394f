using System.Collections.Immutable;
using Lab.Components;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;
using Pulumi.Utilities;

namespace Lab.Tests.Components;

public class ProxmoxNodeTests
{
    private static readonly VmSpec Vb0 = TestLab.Servers()[0];

    private static Task<(ComponentRun Run, ProxmoxNode Node)> CreateAsync(AgentRoles roles = AgentRoles.Server, LabVmSettings? vm = null) =>
        ComponentRun.StartAsync(run => new ProxmoxNode("node", (vm ?? TestLab.Vm()).NodeArgs(Vb0, roles, ["homelab", "nomad-server"]), run.Options));

    [Test]
    public async Task Node_creates_a_vm_a_cloud_init_wait_and_its_base_push_parented_to_itself()
    {
        var (run, _) = await CreateAsync();

        Assert.That(run.TypesAndNames(), Is.EqualTo(new[]
        {
            ("homelab:index:ProxmoxNode", "node"),
            ("proxmoxve:index/vmLegacy:VmLegacy", "node-vm"),
            ("command:remote:Command", "node-cloud-init"),
            ("command:remote:Command", "node-base"),
        }));
        Assert.That(run.Recorded.Skip(1).Select(r => r.ParentName), Is.All.EqualTo("node"));
    }

    [Test]
    public async Task Vm_is_a_full_clone_with_pinned_id_size_static_ip_and_proxmox_cloud_init_without_snippets()
    {
        var (run, _) = await CreateAsync();
        var vm = run.InputsOf("node-vm");

        Assert.Multiple(() =>
        {
            Assert.That(vm["vmId"], Is.EqualTo(120));
            Assert.That(vm["name"], Is.EqualTo("vb0"));
            Assert.That(vm["nodeName"], Is.EqualTo("pve0"));
            Assert.That(Map(vm["clone"]), Is.EquivalentTo(new Dictionary<string, object> { ["vmId"] = 2204, ["full"] = true }));
            Assert.That(Map(vm["memory"])["dedicated"], Is.EqualTo(12288));
            Assert.That(Map(vm["cpu"])["cores"], Is.EqualTo(4));
            Assert.That(Map(List(vm["disks"])[0])["size"], Is.EqualTo(150));
            Assert.That(Map(List(vm["disks"])[0])["iothread"], Is.True);
            Assert.That(vm["scsiHardware"], Is.EqualTo("virtio-scsi-single"), "iothread is ignored without a controller per disk");
            Assert.That(Map(vm["agent"])["enabled"], Is.True);
            Assert.That(Map(Map(vm["agent"])["waitForIp"])["disabled"], Is.True);
            Assert.That(vm["onBoot"], Is.True);
            Assert.That(vm["started"], Is.True);
            Assert.That(List(vm["tags"]), Is.EqualTo(new[] { "homelab", "nomad-server" }));
            var init = Map(vm["initialization"]);
            Assert.That(Map(Map(List(init["ipConfigs"])[0])["ipv4"]), Is.EquivalentTo(new Dictionary<string, object> { ["address"] = "192.168.10.120/24", ["gateway"] = "192.168.10.1" }));
            Assert.That(List(Map(init["dns"])["servers"]), Is.EqualTo(new[] { "192.168.10.53" }));
            Assert.That(Map(init["userAccount"])["username"], Is.EqualTo("ubuntu"));
            Assert.That(List(Map(init["userAccount"])["keys"]), Is.EqualTo(TestLab.Vm().SshPublicKeys));
            Assert.That(init.ContainsKey("userDataFileId"), Is.False, "a snippet needs SSH to the PVE node and a snippets datastore");
        });
    }

    [Test]
    public async Task Vm_is_deleted_before_it_is_replaced_since_its_id_and_ip_are_pinned()
    {
        var (run, _) = await CreateAsync();

        Assert.That(((Pulumi.CustomResourceOptions)run.Named("node-vm").Options).DeleteBeforeReplace, Is.True);
    }

    [Test]
    public async Task Vm_from_a_cloud_image_imports_the_downloaded_image_through_the_api()
    {
        var (run, _) = await ComponentRun.StartAsync(run =>
        {
            var image = new CloudImage("image", new CloudImageArgs
            {
                Url = "https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img",
                Sha256 = new string('A', 64),
                Datastore = "local",
                PveNodes = ["pve0"],
            }, run.Options);
            return new ProxmoxNode("node", (TestLab.Vm() with { Source = VmSource.FromImage(image) }).NodeArgs(Vb0, AgentRoles.Server, ["homelab"]), run.Options);
        });
        var vm = run.InputsOf("node-vm");
        var download = run.InputsOf("image-pve0");

        Assert.Multiple(() =>
        {
            Assert.That(vm.ContainsKey("clone"), Is.False);
            Assert.That(Map(List(vm["disks"])[0])["importFrom"], Is.EqualTo("image-pve0_id"));
            Assert.That(Map(List(vm["disks"])[0]).ContainsKey("fileId"), Is.False, "file_id imports with qm over SSH");
            Assert.That(run.Named("image-pve0").Resource.GetResourceType(), Is.EqualTo("proxmoxve:download/file:File"));
            Assert.That(download["contentType"], Is.EqualTo("import"));
            Assert.That(download["checksum"], Is.EqualTo(new string('a', 64)));
            Assert.That(download["checksumAlgorithm"], Is.EqualTo("sha256"));
            Assert.That(download["fileName"], Is.EqualTo("image.qcow2"));
        });
    }

    [Test]
    public async Task Base_push_installs_the_rendered_base_script_and_runs_it_after_cloud_init()
    {
        var (run, node) = await CreateAsync(AgentRoles.Server | AgentRoles.Client);
        var expected = NodeBaseScript.Render(new NodeBaseModel { NomadVersion = Versions.Nomad, ConsulVersion = Versions.Consul, RunsWorkloads = true });

        var files = node.Files.ToDictionary(f => f.Path, f => f);
        Assert.Multiple(async () =>
        {
            Assert.That(files.Keys, Is.EquivalentTo(new[]
            {
                NodeBaseScript.Path, NodeBaseScript.SshdDropIn, NodeBaseScript.DelegateDropIn, HashiCorpAptKey.Path, AgentRestartScript.Path,
            }));
            Assert.That(await OutputUtilities.GetValueAsync(files[NodeBaseScript.Path].Content), Is.EqualTo(expected));
            Assert.That(await run.DependenciesOfAsync("node-base"), Is.EqualTo(new[] { "node-cloud-init", "node-vm" }));
            Assert.That(await run.SecretInputsOfAsync("node-base"), Does.Contain("stdin"));
        });
    }

    [Test]
    public async Task Every_command_on_the_vm_carries_its_identity_in_the_triggers()
    {
        var (run, node) = await CreateAsync();
        var identity = await OutputUtilities.GetValueAsync(node.Identity);

        Assert.Multiple(async () =>
        {
            foreach (var command in new[] { "node-cloud-init", "node-base" })
            {
                Assert.That(List(run.InputsOf(command)["triggers"]), Does.Contain(identity), command);
                Assert.That(await run.DependenciesOfAsync(command), Does.Contain("node-vm"), command);
            }
        });
    }

    [Test]
    public async Task Cloud_init_wait_logs_in_with_the_secret_key_after_the_vm_exists()
    {
        var (run, _) = await CreateAsync();
        var wait = run.InputsOf("node-cloud-init");

        Assert.Multiple(async () =>
        {
            Assert.That(wait["create"], Is.EqualTo(CloudInitWait.Command));
            Assert.That(Map(wait["connection"])["host"], Is.EqualTo("192.168.10.120"));
            Assert.That(Map(wait["connection"])["user"], Is.EqualTo("ubuntu"));
            Assert.That(await run.SecretInputsOfAsync("node-cloud-init"), Does.Contain("connection"), "the provider marks the whole connection secret");
            Assert.That(await run.DependenciesOfAsync("node-cloud-init"), Is.EqualTo(new[] { "node-vm" }));
            Assert.That(await run.DependenciesOfAsync("node-vm"), Is.Empty);
        });
    }

    [Test]
    public async Task Vm_waits_for_what_the_settings_say_before_it_boots()
    {
        var (run, _) = await ComponentRun.StartAsync(run =>
        {
            var dns = new Pulumi.Random.RandomUuid("dns", new Pulumi.Random.RandomUuidArgs(), new Pulumi.CustomResourceOptions { Parent = null });
            return new ProxmoxNode("node", (TestLab.Vm() with { WaitFor = [dns] }).NodeArgs(Vb0, AgentRoles.Server, ["homelab"]), run.Options);
        });

        Assert.That(await run.DependenciesOfAsync("node-vm"), Is.EqualTo(new[] { "dns" }));
    }

    [Test]
    public async Task Node_outputs_name_ip_and_vm_id()
    {
        var (_, node) = await CreateAsync();

        Assert.That(await OutputUtilities.GetValueAsync(node.Name), Is.EqualTo("vb0"));
        Assert.That(await OutputUtilities.GetValueAsync(node.Ip), Is.EqualTo("192.168.10.120"));
        Assert.That(await OutputUtilities.GetValueAsync(node.VmId), Is.EqualTo(120));
    }

    [Test]
    public async Task A_node_without_agents_installs_neither_nomad_nor_consul()
    {
        var (_, node) = await CreateAsync(AgentRoles.None);
        var script = await OutputUtilities.GetValueAsync(node.Files.Single(f => f.Path == NodeBaseScript.Path).Content);

        Assert.That(script, Does.Not.Contain("nomad").And.Not.Contain("consul"));
        Assert.That(node.Files.Select(f => f.Path), Is.EquivalentTo(new[] { NodeBaseScript.Path, NodeBaseScript.SshdDropIn }));
    }

    internal static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    internal static ImmutableArray<object> List(object value) => (ImmutableArray<object>)value;
}
