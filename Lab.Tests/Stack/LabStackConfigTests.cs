using System.Text.Json;
using Lab.Infra;
using Lab.Infra.Config;
using Lab.Tests.Support;
using Pulumi;
using Pulumi.Testing;

namespace Lab.Tests.Stack;

/// <summary>
/// LabStack reads its config the way Pulumi hands it over (PULUMI_CONFIG), so this is the one fixture that
/// sets that environment variable. A bad config must stop the program before any resource exists.
/// </summary>
public class LabStackConfigTests
{
    private string? _savedConfig;

    [SetUp]
    public void SaveConfig() => _savedConfig = Environment.GetEnvironmentVariable("PULUMI_CONFIG");

    [TearDown]
    public void RestoreConfig() => Environment.SetEnvironmentVariable("PULUMI_CONFIG", _savedConfig);

    [Test]
    public void An_invalid_config_fails_with_every_problem_and_registers_no_resource()
    {
        var yaml = File.ReadAllText(RepoFiles.PathOf("Pulumi.lab.yaml"))
            .Replace("cidr: 192.168.10.0/24", "cidr: 192.168.10.0/33", StringComparison.Ordinal)
            .Replace("firstVmId: 130", "firstVmId: 120", StringComparison.Ordinal);
        SetConfig(yaml);
        var expected = Expected(yaml);
        var mocks = new RecordingMocks();

        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<LabStack>(mocks, new TestOptions { IsPreview = false, ProjectName = "homelab", StackName = "lab" }));

        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(error!.Message, Does.Contain(string.Join("\n", expected)));
        Assert.That(mocks.Resources, Is.Empty);
    }

    private static IReadOnlyList<string> Expected(string yaml)
    {
        var (config, errors) = LabConfigReader.Read(StackFile.Parse(yaml));
        return config is null ? errors : [.. errors, .. LabConfigValidator.Validate(config)];
    }

    // Secrets are left out: they would be secure: values that only the CLI can decrypt; the check needs none.
    private static void SetConfig(string yaml)
    {
        var values = StackFile.Entries(yaml).Where(e => !e.IsSecret && e.Text is not null).ToDictionary(e => e.FullKey, e => e.Text!);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(values));
    }
}
