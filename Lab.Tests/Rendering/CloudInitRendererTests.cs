using Lab.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CloudInitRendererTests
{
    private const string AdminKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJfBDw9zHp7rDE8cRpRSUs9SfwwHuhQW1t5zmN1RlL2P admin@workstation";

    // Longer than YamlDotNet's default line width of 80, with a space in its comment.
    private const string BackupKey = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFMAiUwt02tTsyN+nKL2yxLciPm/9dlWktDL8OafIuaWoEwJnRHGKfxoeJWLlx0gXREVDd04Vo0T9fBg76p7vJk= backup key";

    private const string InvalidModel = " (Parameter 'model')";

    private static readonly CloudInitModel Server = new()
    {
        Hostname = "vb0",
        Fqdn = "vb0.lab.example.com",
        AdminUser = "ubuntu",
        SshPublicKeys = [AdminKey, BackupKey],
        NomadVersion = Versions.Nomad,
        ConsulVersion = Versions.Consul,
        RunsWorkloads = false,
    };

    private static readonly CloudInitModel Client = Server with { Hostname = "vs0", Fqdn = "vs0.lab.example.com", RunsWorkloads = true };

    private static readonly CloudInitModel CompactServerClient = Server with { Hostname = "dev0", Fqdn = "dev0.lab.example.com", RunsWorkloads = true };

    private static readonly CloudInitModel Support = Server with
    {
        Hostname = "head",
        Fqdn = "head.lab.example.com",
        NomadVersion = null,
        ConsulVersion = null,
    };

    private static readonly string DriverPin = $"{Versions.NomadDriverPodman}-1";

    private static IEnumerable<TestCaseData> EveryRole()
    {
        yield return new TestCaseData("Server", Server).SetArgDisplayNames("Server");
        yield return new TestCaseData("Client", Client).SetArgDisplayNames("Client");
        yield return new TestCaseData("CompactServerClient", CompactServerClient).SetArgDisplayNames("CompactServerClient");
        yield return new TestCaseData("Support", Support).SetArgDisplayNames("Support");
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_matches_the_golden_file(string role, CloudInitModel model)
    {
        Golden.AssertMatches($"CloudInitRenderer.{role}.yaml", CloudInitRenderer.Render(model));
    }

    [TestCaseSource(nameof(EveryRole))]
    public async Task Render_passes_the_cloud_init_schema_check(string role, CloudInitModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lab-cloud-init-{role}-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, CloudInitRenderer.Render(model));
        try
        {
            CloudInitSchema.AssertValid(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Render_starts_with_the_cloud_config_header_and_uses_lf_line_endings()
    {
        var yaml = CloudInitRenderer.Render(Server);

        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.StartWith("#cloud-config\nhostname: vb0\n"));
            Assert.That(yaml, Does.Not.Contain("\r"));
            Assert.That(yaml, Does.EndWith("\n"));
        });
    }

    [Test]
    public void Render_sets_the_host_name_and_fqdn_and_manages_etc_hosts()
    {
        var document = Parse(CloudInitRenderer.Render(Server));

        Assert.Multiple(() =>
        {
            Assert.That(document["hostname"], Is.EqualTo("vb0"));
            Assert.That(document["fqdn"], Is.EqualTo("vb0.lab.example.com"));
            Assert.That(document["preserve_hostname"], Is.EqualTo(false));
            Assert.That(document["manage_etc_hosts"], Is.EqualTo(true));
        });
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_locks_root(string role, CloudInitModel model)
    {
        var document = Parse(CloudInitRenderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(document["disable_root"], Is.EqualTo(true));
            Assert.That(RunCommands(document), Does.Contain(new List<object> { "passwd", "--lock", "root" }));
        });
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_turns_off_ssh_password_login(string role, CloudInitModel model)
    {
        var document = Parse(CloudInitRenderer.Render(model));

        Assert.That(document["ssh_pwauth"], Is.EqualTo(false));
    }

    [Test]
    public void Render_gives_the_admin_user_the_keys_and_passwordless_sudo_and_no_default_user()
    {
        var document = Parse(CloudInitRenderer.Render(Server));

        Assert.That(document["users"], Is.EqualTo(new List<object>
        {
            new Dictionary<object, object>
            {
                ["name"] = "ubuntu",
                ["groups"] = new List<object> { "sudo" },
                ["shell"] = "/bin/bash",
                ["sudo"] = "ALL=(ALL) NOPASSWD:ALL",
                ["lock_passwd"] = true,
                ["ssh_authorized_keys"] = new List<object> { AdminKey, BackupKey },
            },
        }));
    }

    [Test]
    public void Render_keeps_a_long_key_on_one_line()
    {
        var lines = CloudInitRenderer.Render(Server).Split('\n');

        Assert.That(lines, Does.Contain("      - " + BackupKey));
    }

    [Test]
    public void Render_pins_nomad_and_consul_versions()
    {
        var document = Parse(CloudInitRenderer.Render(Server with { NomadVersion = "1.9.7", ConsulVersion = "1.20.6" }));

        Assert.Multiple(() =>
        {
            Assert.That(document["packages"], Is.EqualTo(new List<object>
            {
                "qemu-guest-agent",
                new List<object> { "consul", "1.20.6-1" },
                new List<object> { "nomad", "1.9.7-1" },
            }));
            Assert.That(RunCommands(document), Does.Contain(new List<object> { "apt-mark", "hold", "nomad", "consul" }));
        });
    }

    [Test]
    public void Render_adds_the_hashicorp_repository_with_agents()
    {
        var document = Parse(CloudInitRenderer.Render(Server));

        Assert.That(document["apt"], Is.EqualTo(new Dictionary<object, object>
        {
            ["sources"] = new Dictionary<object, object>
            {
                ["hashicorp"] = new Dictionary<object, object>
                {
                    ["source"] = "deb [signed-by=$KEY_FILE] https://apt.releases.hashicorp.com $RELEASE main",
                    ["keyid"] = "798AEC654E5C15428C8E42EEAA16FCBCA621E701",
                    ["keyserver"] = "keyserver.ubuntu.com",
                },
            },
        }));
    }

    [Test]
    public void Render_installs_neither_the_hashicorp_repository_nor_agents_without_agents()
    {
        var yaml = CloudInitRenderer.Render(Support);
        var document = Parse(yaml);

        Assert.Multiple(() =>
        {
            Assert.That(document.Keys, Does.Not.Contain("apt"));
            Assert.That(document["packages"], Is.EqualTo(new List<object> { "qemu-guest-agent" }));
            Assert.That(yaml, Does.Not.Contain("hashicorp").And.Not.Contain("nomad").And.Not.Contain("consul"));
        });
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_installs_and_starts_the_qemu_guest_agent(string role, CloudInitModel model)
    {
        var document = Parse(CloudInitRenderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(document["packages"], Has.Member("qemu-guest-agent"));
            Assert.That(RunCommands(document), Does.Contain(new List<object> { "systemctl", "enable", "--now", "qemu-guest-agent" }));
        });
    }

    [Test]
    public void Render_installs_podman_and_the_pinned_driver_on_workload_nodes()
    {
        var document = Parse(CloudInitRenderer.Render(Client));

        Assert.Multiple(() =>
        {
            Assert.That(document["packages"], Is.EqualTo(new List<object>
            {
                "qemu-guest-agent",
                new List<object> { "consul", $"{Versions.Consul}-1" },
                new List<object> { "nomad", $"{Versions.Nomad}-1" },
                "podman",
                new List<object> { "nomad-driver-podman", DriverPin },
            }));
            Assert.That(RunCommands(document), Does.Contain(new List<object> { "apt-mark", "hold", "nomad", "consul", "nomad-driver-podman" }));
        });
    }

    [Test]
    public void Render_adds_the_rootless_podman_user_without_login_or_sudo_on_workload_nodes()
    {
        var users = (List<object>)Parse(CloudInitRenderer.Render(Client))["users"];

        Assert.That(users, Has.Count.EqualTo(2));
        Assert.That(users[1], Is.EqualTo(new Dictionary<object, object>
        {
            ["name"] = "podman",
            ["uid"] = 1100,
            ["shell"] = "/usr/sbin/nologin",
            ["lock_passwd"] = true,
        }));
    }

    [Test]
    public void Render_enables_linger_the_podman_socket_and_the_data_volume_on_workload_nodes()
    {
        var commands = RunCommands(Parse(CloudInitRenderer.Render(Client)));

        Assert.That(commands.Skip(3), Is.EqualTo(new List<object>
        {
            new List<object> { "loginctl", "enable-linger", "podman" },
            new List<object> { "systemctl", "start", "user@1100.service" },
            new List<object> { "systemctl", "--user", "--machine", "podman@", "enable", "--now", "podman.socket" },
            new List<object> { "install", "-d", "-m", "0755", "/var/data" },
        }));
    }

    [Test]
    public void Render_leaves_podman_off_nodes_without_workloads()
    {
        var yaml = CloudInitRenderer.Render(Server);
        var document = Parse(yaml);

        Assert.Multiple(() =>
        {
            Assert.That((List<object>)document["users"], Has.Count.EqualTo(1));
            Assert.That(yaml, Does.Not.Contain("podman").And.Not.Contain("linger").And.Not.Contain("/var/data"));
        });
    }

    [Test]
    public void Render_quotes_the_directory_mode_so_yaml_1_1_reads_a_string()
    {
        var lines = CloudInitRenderer.Render(Client).Split('\n');

        Assert.That(lines, Does.Contain("  - [install, -d, -m, \"0755\", /var/data]"));
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_grows_the_root_partition_and_filesystem(string role, CloudInitModel model)
    {
        var document = Parse(CloudInitRenderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(document["growpart"], Is.EqualTo(new Dictionary<object, object>
            {
                ["mode"] = "auto",
                ["devices"] = new List<object> { "/" },
            }));
            Assert.That(document["resize_rootfs"], Is.EqualTo(true));
        });
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_updates_the_package_index_but_does_not_upgrade(string role, CloudInitModel model)
    {
        var document = Parse(CloudInitRenderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(document["package_update"], Is.EqualTo(true));
            Assert.That(document["package_upgrade"], Is.EqualTo(false));
        });
    }

    [TestCaseSource(nameof(EveryRole))]
    public void Render_does_not_start_consul_or_nomad(string role, CloudInitModel model)
    {
        var commands = RunCommands(Parse(CloudInitRenderer.Render(model)));

        var touchingAgents = commands.Cast<List<object>>()
            .Where(c => c.Cast<string>().Any(a => a.Contains("consul", StringComparison.Ordinal) || a.Contains("nomad", StringComparison.Ordinal)));
        Assert.That(touchingAgents.Select(c => c[0]), Is.All.EqualTo("apt-mark"));
    }

    [Test]
    public void Render_output_parses_back_with_yamldotnet_in_a_fixed_key_order()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(CloudInitRenderer.Render(Client)));

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Multiple(() =>
        {
            Assert.That(root.Children.Keys.Select(k => ((YamlScalarNode)k).Value), Is.EqualTo(new[]
            {
                "hostname", "fqdn", "preserve_hostname", "manage_etc_hosts", "disable_root", "ssh_pwauth", "users", "growpart",
                "resize_rootfs", "package_update", "package_upgrade", "apt", "packages", "runcmd",
            }));
            Assert.That(((YamlScalarNode)root["fqdn"]).Value, Is.EqualTo("vs0.lab.example.com"));
            Assert.That(((YamlScalarNode)root["users"][0]["ssh_authorized_keys"][1]).Value, Is.EqualTo(BackupKey));
            Assert.That(((YamlScalarNode)root["packages"][4][1]).Value, Is.EqualTo(DriverPin));
        });
    }

    private static IEnumerable<TestCaseData> BadModels()
    {
        yield return Bad("blank host name", Server with { Hostname = " " },
            "CloudInitModel.Hostname ' ' is not a DNS label (lowercase letters, digits and '-', at most 63, no '-' at either end); fix: pass the VM's short name, e.g. vb0");
        yield return Bad("upper-case host name", Server with { Hostname = "VB0" },
            "CloudInitModel.Hostname 'VB0' is not a DNS label (lowercase letters, digits and '-', at most 63, no '-' at either end); fix: pass the VM's short name, e.g. vb0");
        yield return Bad("fqdn of another host", Server with { Fqdn = "vb1.lab.example.com" },
            "CloudInitModel.Fqdn 'vb1.lab.example.com' is not CloudInitModel.Hostname 'vb0' followed by a DNS domain; fix: pass 'vb0.<domain>', e.g. vb0.lab.example.com");
        yield return Bad("fqdn without a domain", Server with { Fqdn = "vb0" },
            "CloudInitModel.Fqdn 'vb0' is not CloudInitModel.Hostname 'vb0' followed by a DNS domain; fix: pass 'vb0.<domain>', e.g. vb0.lab.example.com");
        yield return Bad("admin is root", Server with { AdminUser = "root" },
            "CloudInitModel.AdminUser 'root' is root, whose login the VM locks; fix: pass a user that gets sudo, e.g. ubuntu");
        yield return Bad("admin is the podman user", Server with { AdminUser = "podman" },
            "CloudInitModel.AdminUser 'podman' is the rootless Podman user (AgentPaths.PodmanUser), which has no login and no sudo; fix: pass another user, e.g. ubuntu");
        yield return Bad("admin not a user name", Server with { AdminUser = "Admin User" },
            "CloudInitModel.AdminUser 'Admin User' is not a Linux user name (a lowercase letter or '_', then up to 31 lowercase letters, digits, '_', '-'); fix: pass e.g. ubuntu");
        yield return Bad("no SSH key", Server with { SshPublicKeys = [] },
            "CloudInitModel.SshPublicKeys is empty: the VM locks root and takes no passwords, so no one could log in; fix: pass at least one OpenSSH public key line, e.g. the contents of ~/.ssh/id_ed25519.pub");
        yield return Bad("a private key", Server with { SshPublicKeys = [AdminKey, "-----BEGIN OPENSSH PRIVATE KEY-----"] },
            "CloudInitModel.SshPublicKeys[1] is not an OpenSSH public key line (type, base64 key, optional comment); fix: pass the one line of a .pub file, e.g. the contents of ~/.ssh/id_ed25519.pub");
        yield return Bad("two keys in one string", Server with { SshPublicKeys = [AdminKey + "\n" + BackupKey] },
            "CloudInitModel.SshPublicKeys[0] is not an OpenSSH public key line (type, base64 key, optional comment); fix: pass the one line of a .pub file, e.g. the contents of ~/.ssh/id_ed25519.pub");
        yield return Bad("an ed25519 blob labelled ssh-rsa", Server with { SshPublicKeys = ["ssh-rsa" + AdminKey["ssh-ed25519".Length..]] },
            "CloudInitModel.SshPublicKeys[0] is not an OpenSSH public key line (type, base64 key, optional comment); fix: pass the one line of a .pub file, e.g. the contents of ~/.ssh/id_ed25519.pub");
        yield return Bad("Nomad without Consul", Server with { ConsulVersion = null },
            $"Only one of CloudInitModel.NomadVersion and CloudInitModel.ConsulVersion is set: a node runs both agents or neither; fix: set CloudInitModel.ConsulVersion too (e.g. {Versions.Consul}), or neither for a node without agents");
        yield return Bad("Consul without Nomad", Server with { NomadVersion = null },
            $"Only one of CloudInitModel.NomadVersion and CloudInitModel.ConsulVersion is set: a node runs both agents or neither; fix: set CloudInitModel.NomadVersion too (e.g. {Versions.Nomad}), or neither for a node without agents");
        yield return Bad("version with the Debian revision", Server with { NomadVersion = "1.10.5-1" },
            $"CloudInitModel.NomadVersion '1.10.5-1' is not a release version (major.minor.patch, without the Debian revision '-1'); fix: pass e.g. {Versions.Nomad}");
        yield return Bad("workloads without agents", Support with { RunsWorkloads = true },
            $"CloudInitModel.RunsWorkloads is true, but CloudInitModel.NomadVersion and CloudInitModel.ConsulVersion are null: a workload node runs the Nomad client, and the Podman driver comes from HashiCorp's apt repository; fix: set both versions (e.g. {Versions.Nomad} and {Versions.Consul}), or RunsWorkloads = false");
    }

    [TestCaseSource(nameof(BadModels))]
    public void Render_rejects_a_bad_model_naming_the_property_and_the_fix(CloudInitModel model, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CloudInitRenderer.Render(model));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo(message + InvalidModel));
            Assert.That(error.ParamName, Is.EqualTo("model"));
        });
    }

    [Test]
    public void Render_reports_every_broken_rule_at_once_in_property_order()
    {
        var model = Server with { Fqdn = "lab.example.com", AdminUser = "root", SshPublicKeys = [], ConsulVersion = "1.21" };

        var error = Assert.Throws<ArgumentException>(() => CloudInitRenderer.Render(model));

        Assert.That(error.Message, Is.EqualTo(string.Join('\n',
            "CloudInitModel.Fqdn 'lab.example.com' is not CloudInitModel.Hostname 'vb0' followed by a DNS domain; fix: pass 'vb0.<domain>', e.g. vb0.lab.example.com",
            "CloudInitModel.AdminUser 'root' is root, whose login the VM locks; fix: pass a user that gets sudo, e.g. ubuntu",
            "CloudInitModel.SshPublicKeys is empty: the VM locks root and takes no passwords, so no one could log in; fix: pass at least one OpenSSH public key line, e.g. the contents of ~/.ssh/id_ed25519.pub",
            $"CloudInitModel.ConsulVersion '1.21' is not a release version (major.minor.patch, without the Debian revision '-1'); fix: pass e.g. {Versions.Consul}") + InvalidModel));
    }

    [Test]
    public void Render_rejects_a_null_model()
    {
        var error = Assert.Throws<ArgumentNullException>(() => CloudInitRenderer.Render(null!));

        Assert.That(error.ParamName, Is.EqualTo("model"));
    }

    private static TestCaseData Bad(string why, CloudInitModel model, string message) =>
        new TestCaseData(model, message).SetArgDisplayNames(why);

    private static Dictionary<object, object> Parse(string yaml) =>
        new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<Dictionary<object, object>>(yaml);

    private static List<object> RunCommands(Dictionary<object, object> document) => (List<object>)document["runcmd"];
}
