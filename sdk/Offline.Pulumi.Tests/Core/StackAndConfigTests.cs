using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Deployment = global::Pulumi.Deployment;

namespace Offline.Pulumi.Tests.Core;

public class StackAndConfigTests
{
    private static readonly TestOptions Update = new() { IsPreview = false, ProjectName = "homelab", StackName = "lab" };

    private string? _savedConfig;
    private string? _savedSecrets;

    [SetUp]
    public void SetConfig()
    {
        _savedConfig = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        _savedSecrets = Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", """
            {"homelab:domain":"lab.example.com","homelab:servers":"3","homelab:tunnel":"true","homelab:ratio":"0.5",
             "homelab:network":"{\"cidr\":\"192.168.10.0/24\",\"dns\":[\"192.168.10.53\"]}",
             "homelab:config:legacy":"old-style","homelab:sshKey":"PRIVATE","proxmoxve:endpoint":"https://pve0:8006"}
            """);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", """["homelab:sshKey"]""");
    }

    [TearDown]
    public void RestoreConfig()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", _savedConfig);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", _savedSecrets);
    }

    [Test]
    public async Task Config_reads_plain_typed_and_namespaced_values_from_PULUMI_CONFIG()
    {
        (string? Domain, int? Servers, bool? Tunnel, double? Ratio, string? Legacy, string? Endpoint, string? Missing) read = default;
        await Deployment.TestAsync(new RecordingMocks(), Update, () =>
        {
            var config = new Config();
            read = (config.Get("domain"), config.GetInt32("servers"), config.GetBoolean("tunnel"), config.GetDouble("ratio"),
                config.Get("legacy"), new Config("proxmoxve").Get("endpoint"), config.Get("nothing"));
        });

        Assert.That(read, Is.EqualTo(((string?)"lab.example.com", (int?)3, (bool?)true, (double?)0.5, (string?)"old-style", (string?)"https://pve0:8006", (string?)null)));
    }

    [Test]
    public async Task Config_GetObject_deserializes_structured_values()
    {
        NetworkShape? network = null;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => network = new Config().RequireObject<NetworkShape>("network"));

        Assert.That(network!.cidr, Is.EqualTo("192.168.10.0/24"));
        Assert.That(network.dns, Is.EqualTo(new[] { "192.168.10.53" }));
    }

    [Test]
    public async Task Config_RequireSecret_returns_a_secret_output()
    {
        Output<string> key = null!;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => key = new Config().RequireSecret("sshKey"));

        Assert.That(await Output.IsSecretAsync(key), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(key), Is.EqualTo("PRIVATE"));
    }

    [Test]
    public void Config_Require_of_a_missing_key_names_the_key_and_the_command_to_set_it()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update,
            () => new Config().Require("zoneId")));

        Assert.That(error!.Message, Does.Contain("Missing required configuration variable 'homelab:zoneId'"));
        Assert.That(error.Message, Does.Contain("pulumi config set zoneId <value>"));
    }

    [Test]
    public void Config_GetInt32_of_a_non_number_names_the_key_and_value()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update,
            () => new Config().GetInt32("domain")));

        Assert.That(error!.Message, Does.Contain("Configuration 'homelab:domain' value 'lab.example.com' is not a valid Int32"));
    }

    [Test]
    public async Task Deployment_instance_tells_the_stack_project_and_mode()
    {
        (string Stack, string Project, bool DryRun) seen = default;
        await Deployment.TestAsync(new RecordingMocks(), new TestOptions { IsPreview = true, ProjectName = "homelab", StackName = "dev" },
            () => seen = (Deployment.Instance.StackName, Deployment.Instance.ProjectName, Deployment.Instance.IsDryRun));

        Assert.That(seen, Is.EqualTo(("dev", "homelab", true)));
    }

    [Test]
    public async Task TestAsync_of_a_stack_class_exposes_its_output_properties()
    {
        var resources = await Deployment.TestAsync<ServerStack>(new RecordingMocks(), Update);

        var stack = resources.OfType<ServerStack>().Single();
        Assert.That(await OutputUtilities.GetValueAsync(stack.Hostname), Is.EqualTo("web-0"));
        Assert.That(await Output.IsSecretAsync(stack.Token), Is.True);
        Assert.That(resources[0].GetResourceName(), Is.EqualTo("homelab-lab"));
    }

    [Test]
    public void A_stack_output_left_unassigned_fails_the_run_naming_it()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<ForgetfulStack>(new RecordingMocks(), Update));

        Assert.That(error!.Message, Does.Contain("'forgotten'"));
    }

    [Test]
    public void An_exception_in_a_stack_constructor_fails_the_run_with_its_own_message()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<ThrowingStack>(new RecordingMocks(), Update));

        Assert.That(error!.Message, Does.Contain("homelab:domain is missing"));
        Assert.That(error.InnerException, Is.TypeOf<ResourceException>());
    }

    [Test]
    public async Task TestAsync_with_a_function_returns_its_outputs()
    {
        var (_, outputs) = await Deployment.TestAsync(new RecordingMocks(), Update, () =>
            new Dictionary<string, object?> { ["answer"] = Output.Create(42) });

        Assert.That(await OutputUtilities.GetValueAsync((Output<int>)outputs["answer"]!), Is.EqualTo(42));
    }

    [Test]
    public async Task TestWithServiceProviderAsync_builds_the_stack_from_the_service_provider()
    {
        var resources = await Deployment.TestWithServiceProviderAsync<ServerStack>(new RecordingMocks(), new StackProvider(), Update);

        Assert.That(resources.OfType<ServerStack>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task StackReference_reads_outputs_of_another_stack_and_keeps_secrets_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["pulumi:pulumi:StackReference"] = _ => new Dictionary<string, object>
        {
            ["outputs"] = new Dictionary<string, object> { ["nomadAddress"] = "https://10.0.0.1:4646", ["nomadToken"] = "t0k3n" },
            ["secretOutputNames"] = new[] { "nomadToken" },
        };
        Output<object?> address = null!, token = null!;
        await Deployment.TestAsync(mocks, Update, () =>
        {
            var lab = new StackReference("me/homelab/lab");
            address = lab.GetOutput("nomadAddress");
            token = lab.GetOutput("nomadToken");
        });

        Assert.That(mocks.Single("pulumi:pulumi:StackReference").Inputs["name"], Is.EqualTo("me/homelab/lab"));
        Assert.That(await OutputUtilities.GetValueAsync(address), Is.EqualTo("https://10.0.0.1:4646"));
        Assert.That(await Output.IsSecretAsync(address), Is.False);
        Assert.That(await Output.IsSecretAsync(token), Is.True);
    }

    [Test]
    public async Task RunAsync_refuses_to_deploy_and_says_how_to_build_with_the_real_packages()
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = await Deployment.RunAsync<ServerStack>();
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.That(code, Is.Not.Zero);
        Assert.That(error.ToString(), Does.Contain("cannot deploy").And.Contain("-p:PulumiSdk=nuget"));
    }

    [Test]
    public void Log_Error_fails_the_run_and_prints_nothing()
    {
        var saved = Console.Error;
        using var printed = new StringWriter();
        Console.SetError(printed);
        try
        {
            var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update, () => Log.Error("bad config")));
            Assert.That(error!.Message, Does.Contain("bad config"));
        }
        finally
        {
            Console.SetError(saved);
        }
        Assert.That(printed.ToString(), Is.Empty);
    }

    [Test]
    public async Task Log_Warn_under_mocks_prints_nothing_and_does_not_fail()
    {
        var saved = Console.Error;
        using var printed = new StringWriter();
        Console.SetError(printed);
        try
        {
            await Deployment.TestAsync(new RecordingMocks(), Update, () => Log.Warn("one PVE node"));
        }
        finally
        {
            Console.SetError(saved);
        }
        Assert.That(printed.ToString(), Is.Empty);
    }

    // Lower-case names: GetObject uses System.Text.Json's defaults, which match property names exactly.
#pragma warning disable IDE1006, CA1812
    private sealed record NetworkShape(string cidr, ImmutableArray<string> dns);
#pragma warning restore IDE1006, CA1812

    public sealed class ServerStack : Stack
    {
        public ServerStack()
        {
            var server = new FakeServer("web", new FakeServerArgs { Hostname = "web-0" });
            Hostname = server.Hostname;
            Token = Output.CreateSecret("t");
        }

        [Output("hostname")]
        public Output<string> Hostname { get; private set; }

        [Output("token")]
        public Output<string> Token { get; private set; }
    }

    public sealed class ThrowingStack : Stack
    {
        public ThrowingStack() => throw new ResourceException("homelab:domain is missing", null, hideStack: true);
    }

    public sealed class ForgetfulStack : Stack
    {
        [Output("forgotten")]
        public Output<string>? Forgotten { get; private set; }
    }

    private sealed class StackProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ServerStack) ? new ServerStack() : null;
    }
}
