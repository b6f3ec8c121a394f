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
            "Pulumi.x.yaml:4:7: homelab:cloudflare.token: a secret inside an object is not supported; make it a top-level key set with --secret"));
    }

    [Test]
    public void Parse_rejects_text_that_is_not_yaml_naming_the_line_and_column()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("config:\n  homelab:domain: [unclosed\n", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.Match(@"^Pulumi\.x\.yaml:\d+:\d+: not valid YAML: \S"));
        Assert.That(error.Message, Does.Not.Contain("Idx:"));
    }

    [TestCase("config:\n  ? [a, b]\n  : 1\n", "Pulumi.x.yaml:2:5: config: a key is a list (a complex key, '? ...'); every key is a plain name")] // at the top of config
    [TestCase("config:\n  homelab:servers:\n    ? {a: 1}\n    : 1\n", "Pulumi.x.yaml:3:7: homelab:servers: a key is a map (a complex key, '? ...'); every key is a plain name")] // nested
    [TestCase("? [a]\n: 1\n", "Pulumi.x.yaml:1:3: the top level: a key is a list (a complex key, '? ...'); every key is a plain name")] // at the root
    [TestCase("config:\n  homelab:servers: null\n", "Pulumi.x.yaml:2:20: homelab:servers has no value (YAML null); give it one, or delete the line for the default")]
    [TestCase("config:\n  homelab:domain:\n", "Pulumi.x.yaml:2:18: homelab:domain has no value (YAML null); give it one, or delete the line for the default")]
    [TestCase("config:\n  homelab:sshPrivateKey:\n    secure: \"\"\n", "Pulumi.x.yaml:3:5: homelab:sshPrivateKey has an empty 'secure:' value, which holds no secret; fix: pulumi config set --secret 'homelab:sshPrivateKey' < <file holding the value>")]
    [TestCase("config:\n  homelab:sshPrivateKey:\n    secure:\n", "Pulumi.x.yaml:3:5: homelab:sshPrivateKey has an empty 'secure:' value, which holds no secret; fix: pulumi config set --secret 'homelab:sshPrivateKey' < <file holding the value>")]
    [TestCase("config:\n  homelab:sshPrivateKey:\n    secure: [a]\n", "Pulumi.x.yaml:3:5: homelab:sshPrivateKey has a 'secure:' value that is not the ciphertext text the CLI writes; fix: pulumi config set --secret 'homelab:sshPrivateKey' < <file holding the value>")]
    [TestCase("config:\n  homelab:servers:\n    <<: {count: 1}\n", "Pulumi.x.yaml:3:5: homelab:servers: YAML merge keys ('<<: *name') are not supported here; spell the settings out")]
    [TestCase("config: 3\n", "Pulumi.x.yaml:1:9: 'config' is not a map of keys to values")]
    [TestCase("- a\n", "Pulumi.x.yaml:1:1: is not a YAML map; a stack file is a map with the key 'config:' holding the settings")]
    [TestCase("confg:\n  homelab:domain: a.example.com\n", "Pulumi.x.yaml:1:1: 'confg' is not a stack file setting (did you mean 'config'?); the known ones are config, encryptionsalt, secretsprovider, encryptedkey, environment")]
    public void Parse_reports_a_file_it_cannot_read_as_config_naming_line_and_column(string yaml, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_says_keys_at_the_top_level_belong_under_config()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("""
            encryptionsalt: v1:abc
            homelab:domain: a.example.com
            homelab:topology: compact
            """, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo(
            "Pulumi.x.yaml: homelab:domain, homelab:topology are at the top level, outside 'config:'; add a line 'config:' above them and indent them under it"));
    }

    [Test]
    public void Parse_reports_every_problem_of_the_file_at_once()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("""
            config:
              homelab:servers: ~
              ? [x]
              : 1
              homelab:sshPrivateKey:
                secure: ""
            """, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message.Split('\n'), Has.Length.EqualTo(3));
    }

    [Test]
    public void Parse_rejects_a_second_document()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("config:\n  homelab:domain: a.example.com\n---\nconfig:\n  homelab:domain: b.example.com\n", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.StartWith("Pulumi.x.yaml:3:1: a second YAML document starts here"));
    }

    [Test]
    public void Parse_rejects_a_duplicated_key_naming_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("config:\n  homelab:domain: a.example.com\n  homelab:domain: b.example.com\n", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.Match(@"^Pulumi\.x\.yaml:3:\d+: not valid YAML: .*[Dd]uplicate"));
    }

    [Test]
    public void Parse_accepts_anchors_and_aliases_that_stay_small()
    {
        var source = StackFile.Parse("""
            config:
              homelab:servers: &size {cores: 4, memoryMiB: 12288}
              homelab:clients: *size
            """);

        Assert.That(source.Get("clients"), Is.EqualTo("""{"cores":4,"memoryMiB":12288}"""));
    }

    [Test]
    public void Parse_refuses_nested_aliases_that_expand_past_the_bound_before_expanding_them()
    {
        // Ten levels of ten aliases each: 10^10 nodes, from a file of a few hundred bytes.
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse($"config:\n  homelab:x:\n{Indent(yaml.ToString())}", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.Contain("once its aliases (*name) are expanded"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Parse_refuses_an_alias_that_would_expand_a_long_scalar_many_times()
    {
        var yaml = $"config:\n  homelab:a: &big \"{new string('x', 100_000)}\"\n  homelab:b: [{string.Join(", ", Enumerable.Repeat("*big", 100))}]\n";

        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.Contain("once its aliases (*name) are expanded"));
    }

    [Test]
    public void Parse_refuses_an_alias_inside_the_node_it_names()
    {
        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse("config:\n  homelab:x: &a [1, *a]\n", origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo("Pulumi.x.yaml:2:21: the alias *a refers to a map or list that contains it, which would never end"));
    }

    [Test]
    public void Parse_refuses_nesting_deeper_than_the_bound_without_recursing_into_it()
    {
        var yaml = $"config:\n  homelab:x: {new string('[', 100_000)}{new string(']', 100_000)}\n";

        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Does.Contain($"nests maps and lists more than {SafeYaml.MaxDepth} deep"));
    }

    [Test]
    public void Parse_refuses_a_text_longer_than_the_bound()
    {
        var yaml = $"config:\n  homelab:domain: a.example.com\n#{new string('x', SafeYaml.MaxCharacters)}\n";

        var error = Assert.Throws<InvalidDataException>(() => StackFile.Parse(yaml, origin: "Pulumi.x.yaml"));

        Assert.That(error!.Message, Is.EqualTo($"Pulumi.x.yaml: is {yaml.Length} characters long, more than the 1048576 a config file may be"));
    }

    [Test]
    public void Parse_reads_an_explicitly_tagged_string_as_text()
    {
        var source = StackFile.Parse("config:\n  homelab:servers: {name: !!str 123}\n");

        Assert.That(source.Get("servers"), Is.EqualTo("""{"name":"123"}"""));
    }

    private static string Indent(string text) => string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => $"    {l}\n"));

    [Test]
    public void PathOf_names_the_stack_file_in_the_project_folder()
    {
        Assert.That(StackFile.PathOf("/repo", "lab"), Is.EqualTo(Path.Combine("/repo", "Pulumi.lab.yaml")));
    }
}
