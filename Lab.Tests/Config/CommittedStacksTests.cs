using Lab.Infra.Config;
using Lab.Tests.Support;

namespace Lab.Tests.Config;

/// <summary>The committed stack files load, parse and validate: what <c>pulumi up</c> and <c>synth</c> will read.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CommittedStacksTests
{
    [TestCase("lab")] // the seed lab
    [TestCase("dev")] // one compact VM
    public void Stack_file_reads_and_validates_without_errors(string stack)
    {
        var (config, errors) = LabConfigReader.Read(StackFile.Load(StackFile.PathOf(RepoFiles.Root, stack)));

        Assert.That(errors, Is.Empty);
        Assert.That(LabConfigValidator.Validate(config!), Is.Empty);
    }

    [TestCase("lab", new[] { ConfigKeys.CloudflareApiToken, EdgeConfigReader.DnsTokenKey, ConfigKeys.ProxmoxApiToken, ConfigKeys.SshPrivateKey })] // tunnel and Let's Encrypt on
    [TestCase("dev", new[] { ConfigKeys.ProxmoxApiToken, ConfigKeys.SshPrivateKey })] // no tunnel, no Cloudflare token
    public void Stack_file_holds_its_secrets_only_as_secure_values(string stack, string[] secrets)
    {
        var source = StackFile.Load(StackFile.PathOf(RepoFiles.Root, stack));

        Assert.That(source.SecretKeys, Is.EqualTo(secrets));
        Assert.That(source.Keys.Intersect(secrets), Is.Empty);
    }

    [Test]
    public void Lab_stack_warns_only_that_it_has_one_proxmox_node()
    {
        Assert.That(LabConfigValidator.Warnings(TestConfigs.ReadStack("lab")), Is.EqualTo(new[]
        {
            "homelab:proxmox.nodes has one node (pve0): losing it stops every VM of the lab",
        }));
    }

    [Test]
    public void Dev_stack_warns_of_its_single_server_and_node()
    {
        Assert.That(LabConfigValidator.Warnings(TestConfigs.ReadStack("dev")), Is.EqualTo(new[]
        {
            "homelab:servers.count is 1: losing that server stops Nomad and Consul",
            "homelab:proxmox.nodes has one node (pve0): losing it stops every VM of the lab",
        }));
    }

    [Test]
    public void Lab_stack_spells_out_the_defaults()
    {
        // The lab stack is the seed lab, and so are the defaults: apart from the placeholders only a stack file
        // can hold (key, Cloudflare hostnames, the ACME e-mail and DNS token that Let's Encrypt needs), reading it gives
        // the same config as reading nothing.
        var fromFile = TestConfigs.ReadStack("lab");
        var fromDefaults = TestConfigs.Read(TestConfigs.Seed());

        Assert.That(
            ConfigJson.Of(fromFile with { Ssh = fromDefaults.Ssh, Cloudflare = fromDefaults.Cloudflare, Edge = fromDefaults.Edge }),
            Is.EqualTo(ConfigJson.Of(fromDefaults)));
    }
}
