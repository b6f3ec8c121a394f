using Lab.Infra.Config;

namespace Lab.Tests.Config;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class StackFileTests
{
    [Test]
    public void Parse_hands_scalars_over_as_text_and_objects_as_json()
    {
        var source = StackFile.Parse("""
            config:
              homelab:domain: lab.example.com
              homelab:development: True
              homelab:servers:
                count: 3
                name: vb
                quoted: "3"
                version: 1.10
                flags: [true, false, null, ~]
                text: |
                  line
                nested:
                  - a: 1
                    b: -2.5e3
            """);

        Assert.That(source.Get("domain"), Is.EqualTo("lab.example.com"));
        Assert.That(source.Get("development"), Is.EqualTo("true"));
        Assert.That(source.Get("servers"), Is.EqualTo(
            """{"count":3,"name":"vb","quoted":"3","version":1.10,"flags":[true,false,null,null],"text":"line\n","nested":[{"a":1,"b":-2.5e3}]}"""));
    }

    [Test]
    public void Parse_counts_secure_values_as_present_secrets()
    {
        var source = StackFile.Parse("""
            config:
              homelab:sshPrivateKey:
                secure: AAABAHBsYWNlaG9sZGVyIHNzaFByaXZhdGVLZXk=
              homelab:jobs: [fabio]
            """);

        Assert.That(source.HasSecret("sshPrivateKey"), Is.True);
        Assert.That(source.Get("sshPrivateKey"), Is.Null);
        Assert.That(source.HasSecret("jobs"), Is.False);
        Assert.That(source.Get("jobs"), Is.EqualTo("""["fabio"]"""));
    }

    [Test]
    public void Parse_skips_keys_of_other_namespaces()
    {
        var source = StackFile.Parse("""
            config:
              proxmoxve:insecure: "true"
              homelab:topology: compact
            """);

        Assert.That(source.Keys, Is.EqualTo(new[] { "topology" }));
    }

    [TestCase("encryptionsalt: v1:abc\n")] // a new stack's file
    [TestCase("config:\n")] // an empty config map
    [TestCase("")] // an empty file
    public void Parse_reads_a_file_without_config_as_no_keys(string yaml)
    {
        var source = StackFile.Parse(yaml);

        Assert.That(source.Keys, Is.Empty);
        Assert.That(source.SecretKeys, Is.Empty);
    }

    [Test]
    public void Parse_rejects_a_secret_inside_an_object()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("""
            config:
              homelab:cloudflare:
                token:
                  secure: AAAB
            """, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo(
            "Pulumi.x.yaml: homelab:cloudflare.token: a secret inside an object is not supported; make it a top-level key set with --secret"));
    }

    [Test]
    public void Parse_rejects_text_that_is_not_yaml()
    {
        Assert.Throws<InvalidDataException>(() => StackFile.Parse("config: [unclosed"));
    }

    [Test]
    public void PathOf_names_the_stack_file_in_the_project_folder()
    {
        Assert.That(StackFile.PathOf("/repo", "lab"), Is.EqualTo(Path.Combine("/repo", "Pulumi.lab.yaml")));
    }
}
