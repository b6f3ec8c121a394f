using Lab.Infra.Config;

namespace Lab.Tests.Config;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LabConfigReaderTests
{
    [Test]
    public void Read_applies_the_seed_lab_defaults()
    {
        var config = TestConfigs.Read(TestConfigs.Seed());

        Assert.Multiple(() =>
        {
            Assert.That(config.Domain, Is.EqualTo("lab.example.com"));
            Assert.That(config.Topology, Is.EqualTo(Topology.Standard));
            Assert.That(config.Development, Is.False);
            Assert.That(config.Network.Cidr, Is.EqualTo("192.168.10.0/24"));
            Assert.That(config.Network.Gateway, Is.EqualTo("192.168.10.1"));
            Assert.That(config.Network.DnsServers, Is.EqualTo(new[] { "192.168.10.53" }));
            Assert.That(config.Network.UpstreamResolvers, Is.EqualTo(new[] { "1.1.1.1", "9.9.9.9" }));
            Assert.That(config.Proxmox.Nodes, Is.EqualTo(new[] { "pve0" }));
            Assert.That(config.Proxmox.VmDatastore, Is.EqualTo("local-lvm"));
            Assert.That(config.Proxmox.SnippetsDatastore, Is.EqualTo("local"));
            Assert.That(config.Proxmox.Bridge, Is.EqualTo("vmbr0"));
            Assert.That(config.Proxmox.Template, Is.EqualTo(new TemplateSource { VmId = 2204 }));
            Assert.That(config.Servers with { PveNodes = [] }, Is.EqualTo(LabDefaults.Servers));
            Assert.That(config.Clients.Count, Is.EqualTo(3));
            Assert.That(config.Support.Count, Is.EqualTo(1));
            Assert.That(config.DnsHost, Is.EqualTo(new PiHostConfig { Name = "rpi0", Address = "192.168.10.53", SshUser = "pi" }));
            Assert.That(config.EdgeHost, Is.EqualTo(new PiHostConfig { Name = "rpi1", Address = "192.168.10.80", SshUser = "pi" }));
            Assert.That(config.Nomad, Is.EqualTo(new NomadConfig { Region = "global", Datacenter = "dc1" }));
            Assert.That(config.Consul, Is.EqualTo(new ConsulConfig { Datacenter = "dc1" }));
            Assert.That(config.Jobs, Is.EqualTo(new[] { "fabio", "http-echo" }));
            Assert.That(config.Features, Is.EqualTo(LabDefaults.Features));
        });
    }

    [Test]
    public void Read_defaults_one_server_in_a_development_stack()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"development":"true"}"""));

        Assert.That(config.Servers.Count, Is.EqualTo(1));
    }

    [Test]
    public void Read_defaults_no_clients_and_no_support_in_a_compact_lab()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"topology":"compact"}"""));

        Assert.That((config.Servers.Count, config.Clients.Count, config.Support.Count), Is.EqualTo((3, 0, 0)));
    }

    [Test]
    public void Read_defaults_the_vms_resolver_to_the_dns_host()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"dnsHost":{"address":"192.168.10.2"}}"""));

        Assert.That(config.Network.DnsServers, Is.EqualTo(new[] { "192.168.10.2" }));
    }

    [Test]
    public void Read_drops_the_default_template_when_a_cloud_image_is_set()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"proxmox":{"cloudImageUrl":"https://example.com/a.img"}}"""));

        Assert.That(config.Proxmox.Template, Is.EqualTo(new TemplateSource { CloudImageUrl = "https://example.com/a.img" }));
    }

    [Test]
    public void Read_takes_fields_as_they_are_set_by_path()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"servers":{"count":"5","firstVmId":"200"},"features":{"tunnel":"false"},"nomad":{"version":1.10}}"""));

        Assert.That((config.Servers.Count, config.Servers.FirstVmId, config.Features.Tunnel, config.Nomad.Version),
            Is.EqualTo((5, 200, false, "1.10")));
    }

    [TestCase(ConfigKeys.SshPrivateKey, SecretState.Secret)] // set with --secret
    [TestCase(ConfigKeys.ProxmoxApiToken, SecretState.Plaintext)] // set in plain text
    [TestCase(ConfigKeys.CloudflareApiToken, SecretState.Missing)] // not set
    public void Read_records_how_each_secret_is_held(string key, SecretState expected)
    {
        var source = new DictionaryConfigSource(
            new Dictionary<string, string> { [ConfigKeys.ProxmoxApiToken] = "root@pam!t=1" },
            [ConfigKeys.SshPrivateKey]);

        var (config, _) = LabConfigReader.Read(source);
        var secrets = config!.Secrets;
        var actual = key switch
        {
            ConfigKeys.SshPrivateKey => secrets.SshPrivateKey,
            ConfigKeys.ProxmoxApiToken => secrets.ProxmoxApiToken,
            _ => secrets.CloudflareApiToken,
        };

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Read_never_asks_for_the_value_of_a_secret()
    {
        var source = new RecordingSource(TestConfigs.Seed());

        LabConfigReader.Read(source);

        Assert.That(source.Gets.Intersect([ConfigKeys.SshPrivateKey, ConfigKeys.ProxmoxApiToken, ConfigKeys.CloudflareApiToken]), Is.Empty);
    }

    [Test]
    public void Read_reads_each_key_once()
    {
        var source = new RecordingSource(TestConfigs.Seed());

        LabConfigReader.Read(source);

        Assert.That(source.Gets, Is.Unique);
    }

    [TestCase("""{}""", new[] { "nomad.lab.example.com", "consul.lab.example.com", "fabio.lab.example.com", "haproxy.lab.example.com" })] // the default admin UIs
    [TestCase("""{"features":{"monitoring":true}}""",
        new[] { "nomad.lab.example.com", "consul.lab.example.com", "fabio.lab.example.com", "haproxy.lab.example.com", "grafana.lab.example.com" })] // and Grafana with monitoring
    [TestCase("""{"domain":"home.example.org"}""", new[] { "nomad.home.example.org", "consul.home.example.org", "fabio.home.example.org", "haproxy.home.example.org" })] // under the lab domain
    [TestCase("""{"cloudflare":{"adminHostnames":["ops.lab.example.com"]}}""", new[] { "ops.lab.example.com" })] // or the stack's own list
    public void Read_takes_the_admin_hostnames_from_the_stack_or_the_lab_domain_and_features(string overrides, string[] expected) =>
        Assert.That(TestConfigs.Read(TestConfigs.Seed(overrides)).Cloudflare.AdminHostnames, Is.EqualTo(expected));

    [TestCase("""{}""", "lab.example.com")] // the lab domain by default
    [TestCase("""{"cloudflare":{"zoneName":"example.com"}}""", "example.com")] // or the zone the stack names
    public void Read_takes_the_zone_name_from_the_stack_or_the_lab_domain(string overrides, string expected) =>
        Assert.That(TestConfigs.Read(TestConfigs.Seed(overrides)).Cloudflare.ZoneName, Is.EqualTo(expected));

    [Test]
    public void Read_reports_every_unparsable_value_and_returns_no_config()
    {
        var (config, errors) = LabConfigReader.Read(TestConfigs.Seed("""
            {
              "development": "yes",
              "network": "10.0.0.0/8",
              "proxmox": "{not json",
              "servers": {"count": 1.5, "pveNodes": "pve0"},
              "clients": {"cores": [4]},
              "cloudflare": {"publicHostnames": [{"hostname": "a.example.com", "port": 443}], "accessEmails": [1, {}]},
              "features": {"tunnel": "on", "ipv6": true},
              "jobs": "fabio",
              "ssh": {"publicKeys": "ssh-ed25519 AAAA"}
            }
            """));

        Assert.That(config, Is.Null);
        Assert.That(errors, Is.EqualTo(new[]
        {
            "homelab:development 'yes' is not true or false; fix: pulumi config set 'homelab:development' true",
            "homelab:network '10.0.0.0/8' is not an object; fix: set its fields one by one: pulumi config set --path 'homelab:network.<field>' <value>",
            "homelab:proxmox '{not json' is not an object; fix: set its fields one by one: pulumi config set --path 'homelab:proxmox.<field>' <value>",
            "homelab:servers.count '1.5' is not an integer; fix: pulumi config set --path 'homelab:servers.count' <integer>",
            "homelab:servers.pveNodes 'pve0' is not a list; fix: pulumi config set --path 'homelab:servers.pveNodes[0]' <value>",
            "homelab:clients.cores '[4]' is not an integer; fix: pulumi config set --path 'homelab:clients.cores' <integer>",
            "homelab:ssh.publicKeys 'ssh-ed25519 AAAA' is not a list; fix: pulumi config set --path 'homelab:ssh.publicKeys[0]' <value>",
            "homelab:cloudflare.publicHostnames[0].port is not a known setting (known: hostname); fix: pulumi config rm --path 'homelab:cloudflare.publicHostnames[0].port'",
            "homelab:cloudflare.accessEmails[1] '{}' is not a string; fix: pulumi config set --path 'homelab:cloudflare.accessEmails[1]' <text>",
            "homelab:jobs 'fabio' is not a JSON array of strings; fix: pulumi config set --path 'homelab:jobs[0]' <value>",
            "homelab:features.tunnel 'on' is not true or false; fix: pulumi config set --path 'homelab:features.tunnel' true",
            "homelab:features.ipv6 is not a known setting (known: tunnel, monitoring, endToEndTls, consulDiscoveryAtEdge); fix: pulumi config rm --path 'homelab:features.ipv6'",
        }));
    }

    [Test]
    public void DictionaryConfigSource_rejects_a_key_that_is_both_plain_and_secret()
    {
        Assert.Throws<ArgumentException>(() => _ = new DictionaryConfigSource(
            new Dictionary<string, string> { ["a"] = "1" }, ["a"]));
    }

    /// <summary>Records every Get, to prove what the reader asks for.</summary>
    private sealed class RecordingSource(IConfigSource inner) : IConfigSource
    {
        public List<string> Gets { get; } = [];

        public string? Get(string key)
        {
            Gets.Add(key);
            return inner.Get(key);
        }

        public bool HasSecret(string key) => inner.HasSecret(key);

        public Pulumi.Output<string> Secret(string key) => inner.Secret(key);
    }
}
