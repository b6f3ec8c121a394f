using Lab.Infra.Config;
using Lab.Tests.Config;

namespace Lab.Tests.Fuzz;

/// <summary>
/// The inputs the fuzz test found wrong in the reading layer, each kept as a plain test of the fix: a fuzz case
/// finds a defect once, a test keeps it fixed whatever the generators do later.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class FuzzFindingsTests
{
    [TestCase("config:\n  homelab:dnsHost: [x\n  homelab:edgeHost: y\n", "Pulumi.x.yaml:2:20")] // case 60 of seed 11: an unclosed flow list, then a less indented key
    [TestCase("a: [x\nb\n", "Pulumi.x.yaml:1:4")]
    [TestCase("a: [[[[[[x\nb\n", "Pulumi.x.yaml:1:4")] // the scanner reads ahead: the first '[' is where it fails
    public void An_unclosed_flow_list_before_a_less_indented_line_is_not_valid_yaml_not_a_parser_crash(string yaml, string at)
    {
        // YamlDotNet's scanner throws an InvalidOperationException here, not a YamlException (aaubry/YamlDotNet#541).
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo($"{at}: not valid YAML: the YAML parser cannot read on after this point (an unclosed '[', '{{' or quote?)"));
    }

    [TestCase("config:\n  \"homelab:edgeHost\":\n    \"address\\n\": x\n", "Pulumi.x.yaml:3:5: homelab:edgeHost: the key 'address\\n' holds a control character (a line break, a tab); every key is a plain name")] // case 358
    [TestCase("config:\n  ? |\n    homelab:domain\n  : x\n", "Pulumi.x.yaml:2:5: config: the key 'homelab:domain\\n' holds a control character (a line break, a tab); every key is a plain name")] // a block scalar as a key
    [TestCase("config:\n  \"homelab:\\tdomain\": x\n", "Pulumi.x.yaml:2:3: config: the key 'homelab:\\tdomain' holds a control character (a line break, a tab); every key is a plain name")]
    public void A_key_with_a_control_character_is_refused_with_the_character_escaped(string yaml, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void A_key_longer_than_the_bound_is_refused_and_shortened_in_the_message()
    {
        // An explicit key: YAML itself refuses a plain one past 1024 characters.
        var key = "homelab:domain" + string.Concat(Enumerable.Repeat("-and-more", 600));

        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse($"config:\n  ? {key}\n  : x\n", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo(
            $"Pulumi.x.yaml:2:5: config: the key {EchoedValue.Of(key)} is {key.Length} characters long; every key is a name of at most {StackFile.MaxKeyLength}"));
        Assert.That(EchoedValue.Of(key), Does.StartWith("'homelab:domain-and-more").And.EndWith($"...' ({key.Length} characters)"));
    }

    [Test]
    public void A_domain_written_as_a_block_scalar_is_refused_for_its_line_break_not_handed_to_the_renderers()
    {
        // Case 3862 of seed 11: the DNS renderer's guard refused 'dev.lab.example.com\n', which every rule had let through.
        var errors = BadInputTests.Errors("config:\n  homelab:domain: |\n    dev.lab.example.com\n");

        Assert.That(errors, Is.EqualTo(new[]
        {
            "homelab:domain 'dev.lab.example.com\\n' holds a line break or another control character, but a setting is one line of text (a YAML block scalar, 'key: |', adds a line break); fix: pulumi config set 'homelab:domain' <text>",
        }));
    }

    [TestCase("homelab:proxmox:\n    nodes: [\"pve0\\n\"]", "homelab:proxmox.nodes[0] 'pve0\\n'")] // case 2234
    [TestCase("homelab:cloudflare:\n    tunnelName: \"homelab\\nhomelab\"", "homelab:cloudflare.tunnelName 'homelab\\nhomelab'")] // case 3163
    [TestCase("homelab:jobs: [\"fabio\\n\"]", "homelab:jobs[0] 'fabio\\n'")]
    public void A_text_setting_or_list_item_with_a_line_break_is_refused_naming_the_key(string config, string shown)
    {
        var errors = BadInputTests.Errors($"config:\n  {config}\n");

        Assert.That(errors, Has.Some.StartsWith($"{shown} holds a line break or another control character"));
    }

    [Test]
    public void A_private_key_pasted_into_the_tunnel_name_is_refused_and_never_echoed()
    {
        // Before the fix it reached the unit file's guard, whose message synth printed with the whole key in it.
        var errors = BadInputTests.Errors(
            "config:\n  homelab:cloudflare:\n    tunnelName: \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAA\\n-----END OPENSSH PRIVATE KEY-----\"\n");

        Assert.That(errors, Has.Some.StartsWith("homelab:cloudflare.tunnelName (a private key, not shown) holds a line break"));
        Assert.That(string.Join("\n", errors), Does.Not.Contain("b3BlbnNzaC1rZXktdjEAAAA"));
    }
}
