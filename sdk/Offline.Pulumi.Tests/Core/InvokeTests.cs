using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Deployment = global::Pulumi.Deployment;

namespace Offline.Pulumi.Tests.Core;

/// <summary>Provider function calls under mocks, as the real SDK makes them (Deployment_Invoke.cs).</summary>
public class InvokeTests
{
    private const string Lookup = "fake:index/getAddress:getAddress";

    private static readonly TestOptions Update = new() { IsPreview = false, ProjectName = "homelab", StackName = "lab" };
    private static readonly TestOptions Preview = new() { IsPreview = true, ProjectName = "homelab", StackName = "lab" };

    [Test]
    public async Task Invoke_sends_token_args_and_the_parents_provider_and_converts_the_result()
    {
        var mocks = MocksAnsweringLookup();
        Output<FakeAddress> result = null!;
        await Deployment.TestAsync(mocks, Update, () =>
        {
            var provider = new FakeProvider("explicit");
            var cluster = new FakeCluster("edge", new ComponentResourceOptions { Providers = { provider } });
            result = Deployment.Instance.Invoke<FakeAddress>(Lookup, new FakeLookupArgs { Hostname = "vb0" }, new InvokeOptions { Parent = cluster });
        });

        var call = mocks.Calls.Single();
        var address = await OutputUtilities.GetValueAsync(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call.Token, Is.EqualTo(Lookup));
            Assert.That(call.Args, Is.EqualTo(new Dictionary<string, object> { ["hostname"] = "vb0" }));
            // The engine's provider reference: the provider's URN, then its id.
            Assert.That(call.Provider, Does.StartWith("urn:pulumi:lab::homelab::").And.EndWith("pulumi:providers:fake::explicit::explicit_id"));
            Assert.That(address.Address, Is.EqualTo("192.168.10.120"));
            Assert.That(address.Tags, Is.EqualTo(new[] { "server" }));
        }
    }

    [Test]
    public async Task Invoke_with_an_unknown_arg_skips_the_call_and_gives_an_unknown_result_that_is_not_secret()
    {
        var mocks = MocksAnsweringLookup();
        Output<FakeAddress> result = null!;
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            // In a preview, what a provider computes (here the ip, absent from the echoed state) is unknown.
            var server = new FakeServer("vb0", new FakeServerArgs { Hostname = "vb0" });
            result = Deployment.Instance.Invoke<FakeAddress>(Lookup, new FakeLookupArgs { Hostname = Output.CreateSecret(server.IpAddress) });
        });

        Assert.That(mocks.Calls, Is.Empty);
        Assert.That(await OutputUtilities.GetIsKnownAsync(result), Is.False);
        Assert.That(await Output.IsSecretAsync(result), Is.False);
    }

    [Test]
    public async Task Invoke_waits_for_the_ids_of_the_resources_its_args_come_from_and_is_unknown_while_they_are()
    {
        var mocks = new RecordingMocks();
        mocks.Functions[Lookup] = _ => Answer();
        var noId = new NoIdMocks(mocks);
        Output<FakeAddress> result = null!;
        await Deployment.TestAsync(noId, Preview, () =>
        {
            var server = new FakeServer("vb0", new FakeServerArgs { Hostname = "vb0" });
            result = Deployment.Instance.Invoke<FakeAddress>(Lookup, new FakeLookupArgs { Hostname = server.Hostname });
        });

        Assert.That(mocks.Calls, Is.Empty);
        Assert.That(await OutputUtilities.GetIsKnownAsync(result), Is.False);
    }

    [Test]
    public async Task Invoke_result_depends_on_the_args_resources_and_DependsOn_but_a_secret_arg_does_not_make_it_secret()
    {
        var mocks = MocksAnsweringLookup();
        Output<FakeAddress> result = null!;
        FakeServer server = null!, other = null!;
        await Deployment.TestAsync(mocks, Update, () =>
        {
            server = new FakeServer("vb0", new FakeServerArgs { Hostname = "vb0" });
            other = new FakeServer("vb1", new FakeServerArgs { Hostname = "vb1" });
            result = Deployment.Instance.Invoke<FakeAddress>(Lookup, new FakeLookupArgs { Hostname = Output.CreateSecret(server.Hostname) },
                new InvokeOutputOptions { DependsOn = { other } });
        });

        var dependencies = await OutputUtilities.GetDependenciesAsync(result);
        Assert.That(dependencies, Is.EquivalentTo(new Resource[] { server, other }));
        Assert.That(await Output.IsSecretAsync(result), Is.False);
        Assert.That(mocks.Calls.Single().Args["hostname"], Is.EqualTo("vb0"));
    }

    [Test]
    public async Task InvokeAsync_returns_the_converted_result_and_uses_the_explicit_provider()
    {
        var mocks = MocksAnsweringLookup();
        FakeAddress? address = null;
        await Deployment.TestAsync(mocks, Update, async () =>
        {
            var provider = new FakeProvider("explicit");
            address = await Deployment.Instance.InvokeAsync<FakeAddress>(Lookup, new FakePlainLookupArgs { Hostname = "vb0" }, new InvokeOptions { Provider = provider });
        });

        Assert.That(address!.Address, Is.EqualTo("192.168.10.120"));
        Assert.That(mocks.Calls.Single().Provider, Does.EndWith("pulumi:providers:fake::explicit::explicit_id"));
    }

    [Test]
    public void An_unanswered_call_fails_the_run()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update,
            () => Deployment.Instance.Invoke<FakeAddress>(Lookup, new FakeLookupArgs { Hostname = "vb0" })));

        Assert.That(error!.Message, Does.Contain($"Mock call not implemented: {Lookup}"));
    }

    private static RecordingMocks MocksAnsweringLookup()
    {
        var mocks = new RecordingMocks();
        mocks.Functions[Lookup] = _ => Answer();
        return mocks;
    }

    private static ImmutableDictionary<string, object> Answer() => new Dictionary<string, object>
    {
        ["address"] = "192.168.10.120",
        ["tags"] = ImmutableArray.Create<object>("server"),
    }.ToImmutableDictionary();

    /// <summary>Mocks that give no id, as a provider gives none for a resource it has not created yet (a preview).</summary>
    private sealed class NoIdMocks(RecordingMocks inner) : IMocks
    {
        public Task<object> CallAsync(MockCallArgs args) => inner.CallAsync(args);

        public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            var (_, state) = await inner.NewResourceAsync(args);
            return (null, state);
        }
    }
}

public sealed class FakeLookupArgs : InvokeArgs
{
    [Input("hostname", required: true)]
    public Input<string> Hostname { get; set; } = null!;
}

public sealed class FakePlainLookupArgs : InvokeArgs
{
    [Input("hostname", required: true)]
    public string Hostname { get; set; } = null!;
}

[OutputType]
public sealed class FakeAddress
{
    public readonly string Address;
    public readonly ImmutableArray<string> Tags;

    [OutputConstructor]
    private FakeAddress(string address, ImmutableArray<string> tags)
    {
        Address = address;
        Tags = tags;
    }
}
