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
    public async Task Node_creates_a_snippet_a_vm_and_a_cloud_init_wait_parented_to_itself()
    {
        var (run, _) = await CreateAsync();

        Assert.That(run.TypesAndNames(), Is.EqualTo(new[]
        {
            ("homelab:index:ProxmoxNode", "node"),
            ("proxmoxve:index/fileLegacy:FileLegacy", "node-user-data"),
            ("proxmoxve:index/vmLegacy:VmLegacy", "node-vm"),
            ("command:remote:Command", "node-cloud-init"),
        }));
        Assert.That(run.Recorded.Skip(1).Select(r => r.ParentName), Is.All.EqualTo("node"));
    }

    [Test]
    public async Task Vm_is_a_full_clone_with_pinned_id_size_static_ip_and_start_on_boot()
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
            Assert.That(Map(vm["agent"])["enabled"], Is.True);
            Assert.That(vm["onBoot"], Is.True);
            Assert.That(vm["started"], Is.True);
            Assert.That(List(vm["tags"]), Is.EqualTo(new[] { "homelab", "nomad-server" }));
            var init = Map(vm["initialization"]);
            Assert.That(Map(Map(List(init["ipConfigs"])[0])["ipv4"]), Is.EquivalentTo(new Dictionary<string, object> { ["address"] = "192.168.10.120/24", ["gateway"] = "192.168.10.1" }));
            Assert.That(List(Map(init["dns"])["servers"]), Is.EqualTo(new[] { "192.168.10.53" }));
            Assert.That(init["userDataFileId"], Is.EqualTo("node-user-data_id"));
        });
    }

    [Test]
    public async Task Vm_from_a_cloud_image_uses_the_image_on_its_pve_node_instead_of_a_clone()
    {
        var (run, _) = await ComponentRun.StartAsync(run =>
        {
            var image = new CloudImage("image", new CloudImageArgs
            {
                Url = "https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img",
                Sha256 = new string('a', 64),
                Datastore = "local",
                PveNodes = ["pve0"],
            }, run.Options);
            return new ProxmoxNode("node", (TestLab.Vm() with { Source = VmSource.FromImage(image) }).NodeArgs(Vb0, AgentRoles.Server, ["homelab"]), run.Options);
        });
        var vm = run.InputsOf("node-vm");

        Assert.That(vm.ContainsKey("clone"), Is.False);
        Assert.That(Map(List(vm["disks"])[0])["fileId"], Is.EqualTo("image-pve0_id"));
        Assert.That(Map(run.InputsOf("image-pve0")["sourceFile"])["checksum"], Is.EqualTo(new string('a', 64)));
    }

    [Test]
    public async Task User_data_snippet_holds_the_rendered_cloud_init_of_the_node()
    {
        var (run, node) = await CreateAsync(AgentRoles.Server | AgentRoles.Client);
        var snippet = run.InputsOf("node-user-data");
        var raw = Map(snippet["sourceRaw"]);
        var expected = CloudInitRenderer.Render(new CloudInitModel
        {
            Hostname = "vb0",
            Fqdn = "vb0.lab.example.com",
            AdminUser = "ubuntu",
            SshPublicKeys = TestLab.Vm().SshPublicKeys,
            NomadVersion = Versions.Nomad,
            ConsulVersion = Versions.Consul,
            RunsWorkloads = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(snippet["contentType"], Is.EqualTo("snippets"));
            Assert.That(snippet["datastoreId"], Is.EqualTo("local"));
            Assert.That(raw["fileName"], Is.EqualTo("vb0-user-data.yaml"));
            Assert.That(raw["data"], Is.EqualTo(expected));
            Assert.That(node.Files.Select(f => (f.Host, f.Path)), Is.EqualTo(new[] { ("vb0", "local:snippets/vb0-user-data.yaml") }));
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
            Assert.That(await run.DependenciesOfAsync("node-vm"), Is.EqualTo(new[] { "node-user-data" }));
        });
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
        var (run, _) = await CreateAsync(AgentRoles.None);
        var data = (string)Map(run.InputsOf("node-user-data")["sourceRaw"])["data"];

        Assert.That(data, Does.Not.Contain("nomad").And.Not.Contain("consul"));
    }

    internal static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    internal static ImmutableArray<object> List(object value) => (ImmutableArray<object>)value;
}
