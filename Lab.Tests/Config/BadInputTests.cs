using Lab.Infra.Config;

namespace Lab.Tests.Config;

/// <summary>
/// Config that is wrong in the ways a newcomer's stack files were (issue 11): misspelt keys and namespaces, type
/// errors next to other problems, secrets pasted into the wrong key, out-of-range numbers and ports.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class BadInputTests
{
    [TestCase("domian", "homelab:domian is not a setting of the lab (did you mean homelab:domain?); fix: rename it to homelab:domain in the stack file, or pulumi config rm 'homelab:domian'")]
    [TestCase("Domain", "homelab:Domain is not a setting of the lab (did you mean homelab:domain?); fix: rename it to homelab:domain in the stack file, or pulumi config rm 'homelab:Domain'")]
    [TestCase("sever", "homelab:sever is not a setting of the lab (did you mean homelab:servers?); fix: rename it to homelab:servers in the stack file, or pulumi config rm 'homelab:sever'")]
    [TestCase("frobnicate", "homelab:frobnicate is not a setting of the lab; fix: pulumi config rm 'homelab:frobnicate'")]
    public void A_misspelt_top_level_key_is_rejected_with_the_nearest_known_key(string key, string expected)
    {
        var errors = Errors($"config:\n  homelab:{key}: x.example.com\n");

        Assert.That(errors, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_misspelt_namespace_is_rejected_with_the_nearest_known_one()
    {
        var errors = Errors("config:\n  homelb:domain: x.example.com\n");

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("homelb:domain is in the namespace 'homelb', which nothing in the lab reads (did you mean 'homelab:'?)")
            .And.EndWith("fix: rename it to homelab:domain in the stack file, or pulumi config rm 'homelb:domain'"));
    }

    [Test]
    public void Keys_of_pulumi_and_the_providers_namespaces_are_accepted() =>
        Assert.That(Errors("config:\n  pulumi:tags: {a: b}\n  proxmoxve:insecure: true\n"), Is.Empty);

    [Test]
    public void A_type_error_does_not_hide_the_other_problems_of_the_file()
    {
        var errors = Errors("""
            config:
              homelab:servers:
                memoryMiB: lots
              homelab:network:
                gateway: 10.0.0.1
              homelab:domain: -bad-
            """);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "homelab:servers.memoryMiB 'lots' is not an integer; fix: pulumi config set --path 'homelab:servers.memoryMiB' <integer>",
            "homelab:domain '-bad-' is not a DNS name (lowercase labels of letters, digits and '-', joined by '.'); fix: pulumi config set 'homelab:domain' <domain> (a domain you own, or one under home.arpa, which RFC 8375 sets aside for home networks, e.g. lab.home.arpa)",
            "homelab:network.gateway '10.0.0.1' is outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:network.gateway' <ip in 192.168.10.0/24>",
        }));
    }

    [Test]
    public void A_rule_about_a_key_that_could_not_be_read_is_not_reported_beside_the_read_error()
    {
        var errors = Errors("config:\n  homelab:network:\n    cidr: [10, 0]\n    gateway: 10.0.0.1\n");

        Assert.That(errors, Is.EqualTo(new[]
        {
            "homelab:network.cidr '[10,0]' is not a string; fix: pulumi config set --path 'homelab:network.cidr' <text>",
        }));
    }

    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAA\\n-----END OPENSSH PRIVATE KEY-----", "(a private key, not shown)")]
    [TestCase("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "(an API token, not shown)")]
    [TestCase("root@pam!deploy=01234567-89ab-cdef-0123-456789abcdef", "(a Proxmox API token, not shown)")]
    [TestCase("Zk3x9QpL2mN8vB4cR7tY1wE6uI0oP5aS", "(a 32-character token-like value, not shown)")]
    public void A_secret_pasted_where_a_public_key_belongs_is_never_echoed(string secret, string shown)
    {
        var errors = Errors($"config:\n  homelab:ssh:\n    publicKeys:\n      - \"{secret}\"\n");
        var value = secret.Replace("\\n", "\n", StringComparison.Ordinal);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith($"homelab:ssh.publicKeys[0] {shown} is not an OpenSSH public key"));
        Assert.That(errors[0], Does.Not.Contain(value[..20]).And.Not.Contain(value[^12..]));
    }

    [TestCase("[\"ghp_abcdefghijklmnopqrstuvwxyz0123456789\"]", "(an API token, not shown)")]
    [TestCase("{key: Zk3x9QpL2mN8vB4cR7tY1wE6uI0oP5aS}", "(a 32-character token-like value, not shown)")]
    public void A_token_inside_a_list_or_map_given_for_a_text_setting_is_never_echoed(string yaml, string shown)
    {
        var errors = Errors($"config:\n  homelab:domain: {yaml}\n");

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith($"homelab:domain {shown} "));
        Assert.That(errors[0], Does.Not.Contain("abcdefghijklmnop").And.Not.Contain("Zk3x9QpL2mN8"));
    }

    [Test]
    public void A_password_in_the_proxmox_endpoint_is_rejected_and_not_echoed()
    {
        var errors = Errors("config:\n  homelab:proxmox:\n    endpoint: https://root:hunter2@192.168.10.100:8006\n");

        Assert.That(errors, Is.EqualTo(new[]
        {
            "homelab:proxmox.endpoint (a URL with a password in it, not shown) holds a user name or password, which would sit in plain text in the stack file: "
            + "the provider signs in with the secret homelab:proxmoxApiToken instead; fix: pulumi config set --path 'homelab:proxmox.endpoint' https://<host>:8006",
        }));
    }

    [TestCase("https://192.168.10.100:99999", "has the port '99999', which is not a TCP port (1..65535; Proxmox's API listens on 8006)")]
    [TestCase("https://192.168.10.100:0", "has the port '0', which is not a TCP port (1..65535; Proxmox's API listens on 8006)")]
    [TestCase("https://192.168.10.100:80a", "has the port '80a', which is not a TCP port (1..65535; Proxmox's API listens on 8006)")]
    [TestCase("pve0:8006", "is not a URL (https://<host>:<port>)")]
    public void A_bad_proxmox_endpoint_is_told_what_is_wrong_with_it(string endpoint, string problem) =>
        Assert.That(Errors($"config:\n  homelab:proxmox:\n    endpoint: \"{endpoint}\"\n"), Is.EqualTo(new[]
        {
            $"homelab:proxmox.endpoint '{endpoint}' {problem}; fix: pulumi config set --path 'homelab:proxmox.endpoint' https://<host>:8006",
        }));

    [Test]
    public void An_integer_too_large_for_any_setting_is_out_of_range_not_not_an_integer() =>
        Assert.That(Errors("config:\n  homelab:clients:\n    memoryMiB: 99999999999\n"), Is.EqualTo(new[]
        {
            "homelab:clients.memoryMiB '99999999999' is out of range: no integer setting goes beyond -2147483648..2147483647; fix: pulumi config set --path 'homelab:clients.memoryMiB' <integer>",
        }));

    [Test]
    public void A_long_value_is_shortened_and_control_characters_are_escaped()
    {
        var errors = Errors($"config:\n  homelab:domain: \"a\\nb{new string('c', 200)}\"\n");

        Assert.That(errors[0], Does.StartWith("homelab:domain 'a\\nbcccc").And.Contain("...' (203 characters) holds a line break"));
    }

    /// <summary>Every problem synth would print for a stack file holding the seed's secrets and SSH key plus <paramref name="yaml"/>'s config.</summary>
    internal static IReadOnlyList<string> Errors(string yaml)
    {
        var seed = """
              homelab:sshPrivateKey: {secure: AAAB}
              homelab:proxmoxApiToken: {secure: AAAB}
              homelab:features: {tunnel: false}
            """;
        if (!yaml.Contains("homelab:ssh:", StringComparison.Ordinal))
        {
            seed += $"\n  homelab:ssh: {{publicKeys: [\"{TestConfigs.PublicKey}\"]}}";
        }

        return LabConfigReader.ReadAndValidate(StackFile.Parse(yaml.TrimEnd('\n') + "\n" + seed + "\n")).Errors;
    }
}
