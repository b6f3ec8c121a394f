using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Deployment = global::Pulumi.Deployment;

namespace Offline.Pulumi.Tests.Core;

/// <summary>
/// StackReference under mocks, as the real SDK 3.112.1 behaves (each case was run against the real package): the engine
/// reads it, secrecy of one output follows <c>secretOutputNames</c> alone, and a missing output fails naming the stack.
/// </summary>
public class StackReferenceTests
{
    private const string Lab = "me/homelab/lab";
    private const string Type = "pulumi:pulumi:StackReference";

    private static readonly TestOptions Update = new() { IsPreview = false, ProjectName = "consumer", StackName = "lab" };

    [Test]
    public async Task A_stack_reference_is_read_with_the_stack_name_as_its_id_and_its_name_input()
    {
        var mocks = Mocks(Outputs("https://10.0.0.1:4646", "t0k3n"), ["nomadDeployToken"]);
        await Deployment.TestAsync(mocks, Update, () => new StackReference("lab", new StackReferenceArgs { Name = Lab }));

        var read = mocks.Single(Type);
        Assert.Multiple(() =>
        {
            Assert.That(read.Name, Is.EqualTo("lab"));
            Assert.That(read.Id, Is.EqualTo(Lab));
            Assert.That(read.Inputs, Is.EqualTo(ImmutableDictionary<string, object>.Empty.Add("name", Lab)));
        });
    }

    [Test]
    public async Task Each_output_is_secret_exactly_when_secretOutputNames_lists_it_even_when_the_outputs_map_is_secret()
    {
        var outputs = new Dictionary<string, object> { ["nomadAddress"] = "https://10.0.0.1:4646", ["nomadDeployToken"] = Output.CreateSecret("t0k3n") };
        var (reference, address, token) = await ReadAsync(Mocks(outputs, ["nomadDeployToken"]));

        Assert.Multiple(async () =>
        {
            Assert.That(await Output.IsSecretAsync(reference.Outputs), Is.True, "a secret value makes the whole map secret");
            Assert.That(await OutputUtilities.GetValueAsync(address), Is.EqualTo("https://10.0.0.1:4646"));
            Assert.That(await Output.IsSecretAsync(address), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(token), Is.EqualTo("t0k3n"));
            Assert.That(await Output.IsSecretAsync(token), Is.True);
        });
    }

    [Test]
    public async Task A_secret_value_that_secretOutputNames_does_not_list_comes_out_in_plain_text()
    {
        var outputs = new Dictionary<string, object> { ["nomadDeployToken"] = Output.CreateSecret("t0k3n") };
        var (_, _, token) = await ReadAsync(Mocks(outputs, []));

        // Why a consumer wraps what it knows is a secret in Output.CreateSecret itself.
        Assert.That(await Output.IsSecretAsync(token), Is.False);
    }

    [Test]
    public async Task State_without_secretOutputNames_fails_every_output()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[Type] = _ => new Dictionary<string, object> { ["outputs"] = Outputs("https://10.0.0.1:4646", "t0k3n") };
        var (_, address, _) = await ReadAsync(mocks);

        // The real SDK calls Contains on the default array it resolved the missing list to.
        Assert.ThrowsAsync<NullReferenceException>(() => OutputUtilities.GetValueAsync(address));
    }

    [Test]
    public async Task A_missing_output_reads_as_null_and_RequireOutput_fails_naming_the_output_and_the_stack()
    {
        var mocks = Mocks(Outputs("https://10.0.0.1:4646", "t0k3n"), ["nomadDeployToken"]);
        Output<object?> missing = null!;
        Output<object> required = null!;
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(mocks, Update, () =>
        {
            var reference = new StackReference("lab", new StackReferenceArgs { Name = Lab });
            missing = reference.GetOutput("consulDeployToken");
            required = reference.RequireOutput("consulDeployToken");
        }));

        Assert.That(error!.Message, Does.Contain($"Required output 'consulDeployToken' does not exist on stack '{Lab}'."));
        Assert.That(await OutputUtilities.GetValueAsync(missing), Is.Null);
    }

    [Test]
    public async Task In_a_preview_the_outputs_are_known_but_RequireOutput_waits_for_the_name_the_state_leaves_out()
    {
        // Only what the mock returns, without its inputs echoed: no `name`.
        var mocks = new StateOnlyMocks(new Dictionary<string, object>
        {
            ["outputs"] = Outputs("https://10.0.0.1:4646", "t0k3n"),
            ["secretOutputNames"] = new[] { "nomadDeployToken" },
        });
        Output<object?> address = null!;
        Output<object> required = null!;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            var reference = new StackReference(Lab);
            address = reference.GetOutput("nomadAddress");
            required = reference.RequireOutput("nomadAddress");
        });

        Assert.That(await OutputUtilities.GetValueAsync(address), Is.EqualTo("https://10.0.0.1:4646"));
        Assert.That(await OutputUtilities.GetIsKnownAsync(required), Is.False);
    }

    [Test]
    public async Task An_unknown_value_anywhere_in_the_outputs_makes_every_output_unknown()
    {
        var (_, address, token) = await ReadAsync(Mocks(Outputs("https://10.0.0.1:4646", "04da6b54-80e4-46f7-96ec-b56ff0331ba9"), ["nomadDeployToken"]));

        Assert.Multiple(async () =>
        {
            Assert.That(await OutputUtilities.GetIsKnownAsync(address), Is.False);
            Assert.That(await OutputUtilities.GetIsKnownAsync(token), Is.False);
            Assert.That(await Output.IsSecretAsync(token), Is.True);
        });
    }

    private static Dictionary<string, object> Outputs(string address, string token) =>
        new() { ["nomadAddress"] = address, ["nomadDeployToken"] = token };

    /// <summary>Mocks that answer the read with the engine's three properties.</summary>
    private static RecordingMocks Mocks(Dictionary<string, object> outputs, string[] secretNames)
    {
        var mocks = new RecordingMocks();
        mocks.Computed[Type] = args => new Dictionary<string, object>
        {
            ["name"] = args.Inputs["name"],
            ["outputs"] = outputs,
            ["secretOutputNames"] = secretNames,
        };
        return mocks;
    }

    private static async Task<(StackReference Reference, Output<object?> Address, Output<object?> Token)> ReadAsync(RecordingMocks mocks)
    {
        StackReference reference = null!;
        await Deployment.TestAsync(mocks, Update, () => reference = new StackReference("lab", new StackReferenceArgs { Name = Lab }));
        return (reference, reference.GetOutput("nomadAddress"), reference.GetOutput("nomadDeployToken"));
    }

    private sealed class StateOnlyMocks(Dictionary<string, object> state) : IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) =>
            Task.FromResult<(string?, object)>((args.Id, state));

        public Task<object> CallAsync(MockCallArgs args) => throw new InvalidOperationException($"Mock call not implemented: {args.Token}");
    }
}
