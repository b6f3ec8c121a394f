using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Deployment = global::Pulumi.Deployment;

namespace Offline.Pulumi.Tests.Core;

public class RegistrationTests
{
    private static readonly TestOptions Update = new() { IsPreview = false, ProjectName = "homelab", StackName = "dev" };
    private static readonly TestOptions Preview = new() { IsPreview = true, ProjectName = "homelab", StackName = "dev" };

    [Test]
    public async Task Inputs_reach_the_mocks_by_input_name_with_nested_args_lists_and_maps()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () => new FakeServer("web", new FakeServerArgs
        {
            Hostname = "web-0",
            Cores = 4,
            Ratio = 0.5,
            Tags = { "nomad", Output.Create("client") },
            Labels = { { "role", "client" } },
            Disk = new FakeDiskArgs { SizeGib = 150, Datastore = "local-lvm" },
            Nics = { new FakeNicArgs { Bridge = "vmbr0" } },
        }));

        var inputs = mocks.Single("fake:index/server:Server").Inputs;
        Assert.That(inputs.Keys, Is.EquivalentTo(new[] { "hostname", "cores", "ratio", "tags", "labels", "disk", "nics" }));
        Assert.That(inputs["hostname"], Is.EqualTo("web-0"));
        Assert.That(inputs["cores"], Is.TypeOf<double>().And.EqualTo(4.0));
        Assert.That(inputs["tags"], Is.EqualTo(ImmutableArray.Create<object>("nomad", "client")));
        Assert.That(inputs["labels"], Is.EquivalentTo(new Dictionary<string, object> { ["role"] = "client" }));
        Assert.That(inputs["disk"], Is.EquivalentTo(new Dictionary<string, object> { ["sizeGib"] = 150.0, ["datastore"] = "local-lvm" }));
        var nic = (IReadOnlyDictionary<string, object>)((ImmutableArray<object>)inputs["nics"])[0];
        Assert.That(nic["bridge"], Is.EqualTo("vmbr0"));
    }

    [Test]
    public async Task Unset_inputs_are_absent_and_secrets_arrive_unwrapped()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () => new FakeServer("web", new FakeServerArgs
        {
            Hostname = "web-0",
            Password = "hunter2",
        }));

        var inputs = mocks.Single("fake:index/server:Server").Inputs;
        Assert.That(inputs.Keys, Is.EquivalentTo(new[] { "hostname", "password" }));
        Assert.That(inputs["password"], Is.EqualTo("hunter2"));
    }

    [Test]
    public async Task Json_inputs_arrive_as_json_text()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () => new FakeServer("web", new FakeServerArgs
        {
            Hostname = "web-0",
            Settings = new FakeDiskArgs { SizeGib = 5 },
        }));

        Assert.That(mocks.Single("fake:index/server:Server").Inputs["settings"], Is.EqualTo("{\"sizeGib\":5}"));
    }

    [Test]
    public void A_missing_required_input_fails_the_run_naming_the_input()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update,
            () => new FakeServer("web", new FakeServerArgs())));

        Assert.That(error!.Message, Does.Contain("input 'hostname' (FakeServerArgs.Hostname) is required"));
    }

    [Test]
    public async Task State_from_the_mocks_sets_outputs_with_type_conversion()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["fake:index/server:Server"] = _ => new Dictionary<string, object> { ["ipAddress"] = "192.168.10.120" };
        FakeServer server = null!;
        await Deployment.TestAsync(mocks, Update, () => server = new FakeServer("web", new FakeServerArgs
        {
            Hostname = "web-0",
            Cores = 4,
            Ratio = 0.25,
            Tags = { "a", "b" },
            Labels = { { "k", "v" } },
            Disk = new FakeDiskArgs { SizeGib = 150 },
            Nics = { new FakeNicArgs { Bridge = "vmbr0" }, new FakeNicArgs { Bridge = "vmbr1" } },
        }));

        Assert.That(await OutputUtilities.GetValueAsync(server.Cores), Is.TypeOf<int>().And.EqualTo(4));
        Assert.That(await OutputUtilities.GetValueAsync(server.Ratio), Is.EqualTo(0.25));
        Assert.That(await OutputUtilities.GetValueAsync(server.Tags), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(await OutputUtilities.GetValueAsync(server.Labels), Is.EquivalentTo(new Dictionary<string, string> { ["k"] = "v" }));
        Assert.That(await OutputUtilities.GetValueAsync(server.IpAddress), Is.EqualTo("192.168.10.120"));
        Assert.That(await OutputUtilities.GetValueAsync(server.Id), Is.EqualTo("web_id"));
    }

    [Test]
    public async Task Nested_output_types_are_built_through_their_output_constructor()
    {
        FakeServer server = null!;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => server = new FakeServer("web", new FakeServerArgs
        {
            Hostname = "web-0",
            Disk = new FakeDiskArgs { SizeGib = 150, Datastore = "local-lvm" },
            Nics = { new FakeNicArgs { Bridge = "vmbr0" } },
        }));

        var disk = await OutputUtilities.GetValueAsync(server.Disk);
        var nics = await OutputUtilities.GetValueAsync(server.Nics);
        Assert.That(disk!.SizeGib, Is.EqualTo(150));
        Assert.That(disk.Datastore, Is.EqualTo("local-lvm"));
        Assert.That(nics.Single().Bridge, Is.EqualTo("vmbr0"));
    }

    [Test]
    public async Task Outputs_the_state_leaves_out_are_default_after_an_update()
    {
        FakeServer server = null!;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => server = new FakeServer("web", new FakeServerArgs { Hostname = "w" }));

        Assert.That(await OutputUtilities.GetIsKnownAsync(server.IpAddress), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(server.IpAddress), Is.Null);
        Assert.That(await OutputUtilities.GetValueAsync(server.Disk), Is.Null);
        // The real SDK resolves a missing list to default(ImmutableArray<T>), which throws when enumerated, not to an empty list.
        Assert.That((await OutputUtilities.GetValueAsync(server.Nics)).IsDefault, Is.True);
    }

    [Test]
    public async Task Provider_computed_outputs_are_unknown_in_a_preview_and_applies_on_them_do_not_run()
    {
        FakeServer server = null!;
        var applied = false;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            server = new FakeServer("web", new FakeServerArgs { Hostname = "w" });
            server.IpAddress.Apply(ip => applied = true);
        });

        Assert.That(await OutputUtilities.GetIsKnownAsync(server.IpAddress), Is.False);
        Assert.That(await OutputUtilities.GetIsKnownAsync(server.Hostname), Is.True);
        Assert.That(applied, Is.False);
    }

    [Test]
    public async Task An_unknown_input_is_left_out_of_what_the_mocks_see_in_a_preview()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            var first = new FakeServer("a", new FakeServerArgs { Hostname = "a" });
            _ = new FakeServer("b", new FakeServerArgs { Hostname = "b", Password = first.IpAddress });
        });

        Assert.That(mocks.Resources.Single(r => r.Name == "b").Inputs.ContainsKey("password"), Is.False);
    }

    [Test]
    public async Task Additional_secret_outputs_and_outputs_echoing_secret_inputs_are_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["fake:index/server:Server"] = _ => new Dictionary<string, object> { ["adminPassword"] = "generated" };
        FakeServer server = null!;
        await Deployment.TestAsync(mocks, Update, () => server = new FakeServer("web", new FakeServerArgs
        {
            Hostname = "w",
            Password = "hunter2",
        }));

        Assert.That(await Output.IsSecretAsync(server.AdminPassword), Is.True);
        Assert.That(await Output.IsSecretAsync(server.Password), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(server.Password), Is.EqualTo("hunter2"));
        Assert.That(await Output.IsSecretAsync(server.Hostname), Is.False);
    }

    [Test]
    public async Task Outputs_depend_on_their_resource()
    {
        FakeServer server = null!;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => server = new FakeServer("web", new FakeServerArgs { Hostname = "w" }));

        var dependencies = await OutputUtilities.GetDependenciesAsync(server.Hostname.Apply(h => h.Length));
        Assert.That(dependencies, Is.EquivalentTo(new Resource[] { server }));
    }

    [Test]
    public async Task Urns_under_mocks_qualify_every_type_with_the_stack_type_only()
    {
        // As the real mock monitor does: the first type of the parent's qualified type, which is always the stack's.
        FakeCluster cluster = null!;
        await Deployment.TestAsync(new RecordingMocks(), Update, () => cluster = new FakeCluster("nomad"));

        Assert.That(await OutputUtilities.GetValueAsync(cluster.Urn), Is.EqualTo("urn:pulumi:dev::homelab::pulumi:pulumi:Stack$test:index:FakeCluster::nomad"));
        Assert.That(await OutputUtilities.GetValueAsync(cluster.Server.Urn),
            Is.EqualTo("urn:pulumi:dev::homelab::pulumi:pulumi:Stack$fake:index/server:Server::nomad-server"));
    }

    [Test]
    public async Task TestAsync_returns_the_stack_components_and_their_children_in_creation_order()
    {
        var resources = await Deployment.TestAsync(new RecordingMocks(), Update, () => new FakeCluster("nomad"));

        Assert.That(resources.Select(r => (r.GetResourceType(), r.GetResourceName())), Is.EqualTo(new[]
        {
            ("pulumi:pulumi:Stack", "homelab-dev"),
            ("test:index:FakeCluster", "nomad"),
            ("fake:index/server:Server", "nomad-server"),
        }));
    }

    [Test]
    public async Task Components_reach_the_mocks_and_register_their_outputs()
    {
        var mocks = new OutputsRecordingMocks();
        FakeCluster cluster = null!;
        await Deployment.TestAsync(mocks, Update, () => cluster = new FakeCluster("nomad"));

        Assert.That(mocks.Inner.Resources.Select(r => r.Type), Is.EqualTo(new[] { "test:index:FakeCluster", "fake:index/server:Server" }));
        var registered = mocks.Registered.Single(r => r.Urn.EndsWith("::nomad", StringComparison.Ordinal));
        Assert.That(await OutputUtilities.GetValueAsync(registered.Outputs["hostname"]), Is.EqualTo("nomad-0"));
        Assert.That(await OutputUtilities.GetValueAsync(cluster.Hostname), Is.EqualTo("nomad-0"));
    }

    [Test]
    public async Task An_explicit_provider_reaches_the_mocks_as_its_urn_and_id()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () =>
        {
            var provider = new FakeProvider("pve");
            _ = new FakeServer("web", new FakeServerArgs { Hostname = "w" }, new CustomResourceOptions { Provider = provider });
        });

        Assert.That(mocks.Single("pulumi:providers:fake").Name, Is.EqualTo("pve"));
        Assert.That(mocks.Single("fake:index/server:Server").Provider, Is.EqualTo("urn:pulumi:dev::homelab::pulumi:pulumi:Stack$pulumi:providers:fake::pve::pve_id"));
    }

    [Test]
    public async Task A_component_passes_its_providers_to_its_children()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () =>
        {
            var provider = new FakeProvider("pve");
            _ = new FakeCluster("nomad", new ComponentResourceOptions { Providers = { provider } });
        });

        Assert.That(mocks.Single("fake:index/server:Server").Provider, Does.EndWith("::pve::pve_id"));
    }

    [Test]
    public async Task A_provider_of_another_package_is_not_inherited()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Update, () =>
        {
            var other = new OtherProvider("tls");
            _ = new FakeCluster("nomad", new ComponentResourceOptions { Providers = { other } });
        });

        Assert.That(mocks.Single("fake:index/server:Server").Provider, Is.Null);
    }

    [Test]
    public async Task Transformations_of_a_parent_see_every_descendant_with_its_options()
    {
        var seen = new List<(string Name, string? Parent)>();
        ResourceTransformation record = args =>
        {
            seen.Add((args.Resource.GetResourceName(), args.Options.Parent?.GetResourceName()));
            return null;
        };
        await Deployment.TestAsync(new RecordingMocks(), Update,
            () => new FakeCluster("nomad", new ComponentResourceOptions { ResourceTransformations = { record } }));

        Assert.That(seen, Is.EqualTo(new[] { ("nomad", (string?)null), ("nomad-server", "nomad") }));
    }

    [Test]
    public async Task A_transformation_can_replace_the_args()
    {
        var mocks = new RecordingMocks();
        ResourceTransformation rename = args => args.Args is FakeServerArgs
            ? new ResourceTransformationResult(new FakeServerArgs { Hostname = "renamed" }, args.Options)
            : null;
        await Deployment.TestAsync(mocks, Update,
            () => new FakeCluster("nomad", new ComponentResourceOptions { ResourceTransformations = { rename } }));

        Assert.That(mocks.Single("fake:index/server:Server").Inputs["hostname"], Is.EqualTo("renamed"));
    }

    [Test]
    public async Task DependsOn_and_other_options_are_kept_on_the_resource_for_transformations()
    {
        var options = new List<ResourceOptions>();
        ResourceTransformation record = args =>
        {
            options.Add(args.Options);
            return null;
        };
        await Deployment.TestAsync(new RecordingMocks(), Update, () =>
        {
            var first = new FakeServer("a", new FakeServerArgs { Hostname = "a" }, new CustomResourceOptions { ResourceTransformations = { record } });
            _ = new FakeServer("b", new FakeServerArgs { Hostname = "b" }, new CustomResourceOptions
            {
                DependsOn = { first },
                Protect = true,
                IgnoreChanges = { "tags" },
                DeleteBeforeReplace = true,
                ResourceTransformations = { record },
            });
        });

        var second = (CustomResourceOptions)options[1];
        Assert.That(second.Protect, Is.True);
        Assert.That(second.IgnoreChanges, Is.EqualTo(new[] { "tags" }));
        Assert.That(second.DeleteBeforeReplace, Is.True);
        Assert.That((await OutputUtilities.GetValueAsync(second.DependsOn.ToOutput())).Single().GetResourceName(), Is.EqualTo("a"));
    }

    [Test]
    public void CustomResourceOptions_Merge_concatenates_lists_and_prefers_the_second_value()
    {
        var merged = CustomResourceOptions.Merge(
            new CustomResourceOptions { Protect = false, AdditionalSecretOutputs = { "a" }, Version = "1" },
            new CustomResourceOptions { Protect = true, AdditionalSecretOutputs = { "b" } });

        Assert.That(merged.Protect, Is.True);
        Assert.That(merged.Version, Is.EqualTo("1"));
        Assert.That(merged.AdditionalSecretOutputs, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void An_exception_in_an_apply_fails_the_run()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Update, () =>
        {
            var server = new FakeServer("web", new FakeServerArgs { Hostname = "w" });
            server.Hostname.Apply(h => h.Length > 0 ? throw new InvalidOperationException("boom") : 0);
        }));

        Assert.That(error!.Message, Does.Contain("boom"));
    }

    [Test]
    public void Creating_a_resource_outside_a_deployment_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FakeServer("web", new FakeServerArgs { Hostname = "w" }));

        Assert.That(error!.Message, Does.Contain("outside a deployment"));
    }

    private sealed class OtherProvider(string name) : ProviderResource("tls", name, ResourceArgs.Empty);

    private sealed class OutputsRecordingMocks : IMocks
    {
        public RecordingMocks Inner { get; } = new();

        public List<MockRegisterResourceOutputsRequest> Registered { get; } = [];

        public Task<object> CallAsync(MockCallArgs args) => Inner.CallAsync(args);

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) => Inner.NewResourceAsync(args);

        public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
        {
            lock (Registered)
            {
                Registered.Add(args);
            }
            return Task.CompletedTask;
        }
    }
}
