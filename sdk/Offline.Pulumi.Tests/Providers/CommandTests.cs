using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Command.Remote.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;
using Local = Pulumi.Command.Local;
using Remote = Pulumi.Command.Remote;

namespace Offline.Pulumi.Tests.Providers;

[TestFixture]
public sealed class CommandTests
{
    private const string RemoteCommandType = "command:remote:Command";
    private const string CopyToRemoteType = "command:remote:CopyToRemote";
    private const string LocalCommandType = "command:local:Command";

    private static readonly TestOptions Options = new() { IsPreview = false };

    [Test]
    public async Task Remote_command_registers_with_its_token_and_connection_inputs()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync(mocks, Options, () => _ = new Remote.Command("vb0-wait", WaitForCloudInitArgs()));

        var command = mocks.Single(RemoteCommandType);
        var expectedConnection = new Dictionary<string, object>
        {
            ["dialErrorLimit"] = 10.0,
            ["host"] = "192.168.10.120",
            ["perDialTimeout"] = 15.0,
            ["port"] = 22.0,
            ["privateKey"] = "PRIVATE KEY",
            ["proxy"] = new Dictionary<string, object>
            {
                ["dialErrorLimit"] = 10.0,
                ["host"] = "192.168.10.100",
                ["perDialTimeout"] = 15.0,
                ["port"] = 2222.0,
                ["user"] = "root",
            },
            ["user"] = "ubuntu",
        };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(command.Name, Is.EqualTo("vb0-wait"));
            Assert.That(command.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["connection"] = expectedConnection,
                ["create"] = "cloud-init status --wait",
                ["environment"] = new Dictionary<string, object> { ["LANG"] = "C.UTF-8" },
                ["logging"] = "stdoutAndStderr",
                ["triggers"] = new object[] { "vb0_id", 2.0 },
            }));
            Assert.That(command.Inputs["connection"], Is.InstanceOf<ImmutableDictionary<string, object>>());
            Assert.That(command.Inputs["environment"], Is.InstanceOf<ImmutableDictionary<string, object>>());
            Assert.That(command.Inputs["triggers"], Is.TypeOf<ImmutableArray<object>>());
        }
    }

    [Test]
    public async Task Remote_command_maps_its_connection_output_and_keeps_it_secret()
    {
        var mocks = new RecordingMocks();
        // Normally captured from the remote process.
        mocks.Computed[RemoteCommandType] = _ => new Dictionary<string, object> { ["stdout"] = "status: done", ["stderr"] = "" };
        Remote.Command command = null!;

        await Deployment.TestAsync(mocks, Options, () => command = new Remote.Command("vb0-wait", WaitForCloudInitArgs()));

        var connection = await OutputUtilities.GetValueAsync(command.Connection);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(connection.Host, Is.EqualTo("192.168.10.120"));
            Assert.That(connection.User, Is.EqualTo("ubuntu"));
            Assert.That(connection.Port, Is.EqualTo(22.0));
            Assert.That(connection.DialErrorLimit, Is.EqualTo(10));
            Assert.That(connection.PrivateKey, Is.EqualTo("PRIVATE KEY"));
            Assert.That(connection.Password, Is.Null);
            Assert.That(connection.Proxy!.Host, Is.EqualTo("192.168.10.100"));
            Assert.That(connection.Proxy.Port, Is.EqualTo(2222.0));
            Assert.That(await Output.IsSecretAsync(command.Connection), Is.True);
            Assert.That(await OutputUtilities.GetValueAsync(command.Create), Is.EqualTo("cloud-init status --wait"));
            Assert.That(await OutputUtilities.GetValueAsync(command.Stdout), Is.EqualTo("status: done"));
            Assert.That(await Output.IsSecretAsync(command.Stdout), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(command.Logging), Is.EqualTo(Remote.Logging.StdoutAndStderr));
            Assert.That(await OutputUtilities.GetValueAsync(command.Environment), Is.EqualTo(new Dictionary<string, string> { ["LANG"] = "C.UTF-8" }));
            Assert.That(await OutputUtilities.GetValueAsync(command.Triggers), Is.EqualTo(new object[] { "vb0_id", 2.0 }));
        }
    }

    [Test]
    public async Task Copy_to_remote_registers_its_source_asset_and_remote_path()
    {
        var mocks = new RecordingMocks();
        Remote.CopyToRemote copy = null!;

        await Deployment.TestAsync(mocks, Options, () => copy = new Remote.CopyToRemote("vb0-nomad-config", new Remote.CopyToRemoteArgs
        {
            Connection = new ConnectionArgs { Host = "192.168.10.120", User = "ubuntu", Password = "hunter2" },
            Source = new FileAsset("nomad.hcl"),
            RemotePath = "/etc/nomad.d/nomad.hcl",
            Triggers = new object[] { "v1" },
        }));

        var registered = mocks.Single(CopyToRemoteType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs.Keys, Is.EquivalentTo(new[] { "connection", "remotePath", "source", "triggers" }));
            Assert.That(registered.Inputs["connection"], Is.EqualTo(new Dictionary<string, object>
            {
                ["dialErrorLimit"] = 10.0,
                ["host"] = "192.168.10.120",
                ["password"] = "hunter2",
                ["perDialTimeout"] = 15.0,
                ["port"] = 22.0,
                ["user"] = "ubuntu",
            }));
            Assert.That(registered.Inputs["remotePath"], Is.EqualTo("/etc/nomad.d/nomad.hcl"));
            Assert.That(registered.Inputs["source"], Is.TypeOf<FileAsset>());
            Assert.That(registered.Inputs["triggers"], Is.EqualTo(new object[] { "v1" }));
            Assert.That(await OutputUtilities.GetValueAsync(copy.RemotePath), Is.EqualTo("/etc/nomad.d/nomad.hcl"));
            Assert.That(await OutputUtilities.GetValueAsync(copy.Source), Is.TypeOf<FileAsset>());
            Assert.That((await OutputUtilities.GetValueAsync(copy.Connection)).Password, Is.EqualTo("hunter2"));
            Assert.That(await Output.IsSecretAsync(copy.Connection), Is.True);
        }
    }

    [Test]
    public async Task Local_command_registers_with_its_token_and_interpreter_inputs()
    {
        var mocks = new RecordingMocks();
        // Normally captured from the local process.
        mocks.Computed[LocalCommandType] = _ => new Dictionary<string, object> { ["stdout"] = "ok", ["stderr"] = "" };
        Local.Command command = null!;

        await Deployment.TestAsync(mocks, Options, () => command = new Local.Command("render", new Local.CommandArgs
        {
            Create = "make render",
            Dir = "/srv/lab",
            Interpreter = { "/bin/bash", "-c" },
            Environment = { ["TARGET"] = "lab" },
            Logging = Local.Logging.None,
            AddPreviousOutputInEnv = false,
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single(LocalCommandType).Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["addPreviousOutputInEnv"] = false,
                ["create"] = "make render",
                ["dir"] = "/srv/lab",
                ["environment"] = new Dictionary<string, object> { ["TARGET"] = "lab" },
                ["interpreter"] = new object[] { "/bin/bash", "-c" },
                ["logging"] = "none",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(command.Stdout), Is.EqualTo("ok"));
            Assert.That(await OutputUtilities.GetValueAsync(command.Interpreter), Is.EqualTo(new[] { "/bin/bash", "-c" }));
            Assert.That(await OutputUtilities.GetValueAsync(command.Logging), Is.EqualTo(Local.Logging.None));
            Assert.That(await OutputUtilities.GetValueAsync(command.AddPreviousOutputInEnv), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(command.Id), Is.EqualTo("render_id"));
        }
    }

    [Test]
    public async Task Local_command_without_args_sends_no_input()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync(mocks, Options, () => _ = new Local.Command("noop"));

        // The real CommandArgs constructors set nothing: addPreviousOutputInEnv is the provider's default, not an input.
        Assert.That(mocks.Single(LocalCommandType).Inputs, Is.Empty);
    }

    private static Remote.CommandArgs WaitForCloudInitArgs() => new()
    {
        Connection = new ConnectionArgs
        {
            Host = "192.168.10.120",
            User = "ubuntu",
            PrivateKey = "PRIVATE KEY",
            Proxy = new ProxyConnectionArgs { Host = "192.168.10.100", Port = 2222 },
        },
        Create = "cloud-init status --wait",
        Environment = { ["LANG"] = "C.UTF-8" },
        Logging = Remote.Logging.StdoutAndStderr,
        Triggers = new object[] { "vb0_id", 2 },
    };
}
