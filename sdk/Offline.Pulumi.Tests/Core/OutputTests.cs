using System.Collections.Immutable;
using Pulumi;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Core;

public class OutputTests
{
    [Test]
    public async Task Create_gives_a_known_plain_value()
    {
        var output = Output.Create(42);

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo(42));
        Assert.That(await OutputUtilities.GetIsKnownAsync(output), Is.True);
        Assert.That(await Output.IsSecretAsync(output), Is.False);
    }

    [Test]
    public async Task CreateSecret_marks_the_value_secret()
    {
        Assert.That(await Output.IsSecretAsync(Output.CreateSecret("hunter2")), Is.True);
        Assert.That(await Output.IsSecretAsync(Output.CreateSecret(Output.Create("x"))), Is.True);
        Assert.That(await Output.IsSecretAsync(Output.CreateSecret(Task.FromResult("x"))), Is.True);
    }

    [Test]
    public async Task Apply_transforms_the_value_and_keeps_it_secret()
    {
        var output = Output.CreateSecret("key").Apply(v => v.ToUpperInvariant());

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo("KEY"));
        Assert.That(await Output.IsSecretAsync(output), Is.True);
    }

    [Test]
    public async Task Apply_returning_a_secret_output_makes_the_result_secret()
    {
        var output = Output.Create("a").Apply(v => Output.CreateSecret(v + "b"));

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo("ab"));
        Assert.That(await Output.IsSecretAsync(output), Is.True);
    }

    [Test]
    public async Task Apply_returning_an_input_or_a_task_flattens_it()
    {
        var fromInput = Output.Create(2).Apply(v => (Input<int>)(v * 10));
        var fromTask = Output.Create(2).Apply(async v =>
        {
            await Task.Yield();
            return v + 1;
        });

        Assert.That(await OutputUtilities.GetValueAsync(fromInput), Is.EqualTo(20));
        Assert.That(await OutputUtilities.GetValueAsync(fromTask), Is.EqualTo(3));
    }

    [Test]
    public async Task Apply_is_skipped_on_an_unknown_value_and_the_result_stays_unknown()
    {
        var calls = 0;
        var output = OutputUtilities.CreateUnknown("later").Apply(v =>
        {
            calls++;
            return v.Length;
        });

        Assert.That(await OutputUtilities.GetIsKnownAsync(output), Is.False);
        Assert.That(calls, Is.Zero);
    }

    [Test]
    public async Task Apply_to_an_unknown_inner_output_gives_an_unknown_result()
    {
        var output = Output.Create(1).Apply(_ => OutputUtilities.CreateUnknown(5));

        Assert.That(await OutputUtilities.GetIsKnownAsync(output), Is.False);
    }

    [Test]
    public async Task Unsecret_removes_secrecy_but_keeps_the_value()
    {
        var output = Output.Unsecret(Output.CreateSecret("open"));

        Assert.That(await Output.IsSecretAsync(output), Is.False);
        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo("open"));
    }

    [Test]
    public async Task Tuple_combines_values_and_is_secret_if_any_part_is()
    {
        var output = Output.Tuple(Output.Create("host"), Output.CreateSecret(22), Output.Create(true));

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo(("host", 22, true)));
        Assert.That(await Output.IsSecretAsync(output), Is.True);
    }

    [Test]
    public async Task Tuple_is_unknown_if_any_part_is_unknown()
    {
        var output = Output.Tuple(Output.Create("a"), OutputUtilities.CreateUnknown("b"));

        Assert.That(await OutputUtilities.GetIsKnownAsync(output), Is.False);
    }

    [Test]
    public async Task All_collects_values_in_order()
    {
        var output = Output.All(Output.Create(3), Output.Create(1), Output.CreateSecret(2));

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo(new[] { 3, 1, 2 }));
        Assert.That(await Output.IsSecretAsync(output), Is.True);
    }

    [Test]
    public async Task All_of_inputs_accepts_plain_values_and_outputs()
    {
        var output = Output.All<string>("a", Output.Create("b"));

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task Format_interpolates_outputs_inputs_and_plain_values()
    {
        Input<int> port = 8501;
        var output = Output.Format($"https://{Output.Create("10.0.0.5")}:{port}/v1?x={1.5}");

        Assert.That(await OutputUtilities.GetValueAsync(output), Is.EqualTo("https://10.0.0.5:8501/v1?x=1.5"));
        Assert.That(await Output.IsSecretAsync(output), Is.False);
    }

    [Test]
    public async Task Format_with_a_secret_part_is_secret()
    {
        var output = Output.Format($"token={Output.CreateSecret("s3cr3t")}");

        Assert.That(await Output.IsSecretAsync(output), Is.True);
    }

    [Test]
    public async Task JsonSerialize_and_JsonDeserialize_round_trip()
    {
        var json = Output.JsonSerialize(Output.CreateSecret(new Dictionary<string, int> { ["a"] = 1 }));
        var back = Output.JsonDeserialize<Dictionary<string, int>>(json);

        Assert.That(await OutputUtilities.GetValueAsync(json), Is.EqualTo("{\"a\":1}"));
        Assert.That(await Output.IsSecretAsync(json), Is.True);
        Assert.That((await OutputUtilities.GetValueAsync(back))["a"], Is.EqualTo(1));
    }

    [Test]
    public void ToString_does_not_reveal_the_value()
    {
        var text = Output.CreateSecret("hunter2").ToString();

        Assert.That(text, Does.Not.Contain("hunter2"));
        Assert.That(text, Does.Contain("Apply"));
    }

    [Test]
    public async Task Inputs_convert_from_values_and_outputs_and_back()
    {
        Input<string> fromValue = "a";
        Input<string> fromOutput = Output.CreateSecret("b");
        Output<string> back = fromOutput;

        Assert.That(await OutputUtilities.GetValueAsync(fromValue.ToOutput()), Is.EqualTo("a"));
        Assert.That(await Output.IsSecretAsync(back), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(((Input<string>?)null).ToOutput()), Is.Null);
    }

    [Test]
    public async Task InputList_collects_values_outputs_and_other_lists()
    {
        InputList<string> list = ["a", Output.Create("b")];
        list.Add(new InputList<string> { "c" });
        var joined = list.Concat(["d"]);

        Assert.That(await OutputUtilities.GetValueAsync(joined.ToOutput()), Is.EqualTo(new[] { "a", "b", "c", "d" }));
        Assert.That(await OutputUtilities.GetValueAsync(list.ToOutput()), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task InputList_from_an_output_array_keeps_secrecy()
    {
        InputList<string> list = Output.CreateSecret(ImmutableArray.Create("x"));

        Assert.That(await Output.IsSecretAsync(list.ToOutput()), Is.True);
    }

    [Test]
    public async Task InputMap_adds_and_overwrites_by_key()
    {
        var map = new InputMap<string> { { "a", "1" }, { "b", Output.Create("2") } };
        map["a"] = "3";

        var value = await OutputUtilities.GetValueAsync(map.ToOutput());
        Assert.That(value, Is.EquivalentTo(new Dictionary<string, string> { ["a"] = "3", ["b"] = "2" }));
    }

    [Test]
    public async Task WithDependency_adds_the_resource_to_the_dependencies()
    {
        var resources = ImmutableArray<Resource>.Empty;
        Output<string>? tagged = null;
        await global::Pulumi.Deployment.TestAsync(new Support.RecordingMocks(), new() { IsPreview = false }, () =>
        {
            var server = new FakeServer("web", new FakeServerArgs { Hostname = "web" });
            tagged = OutputUtilities.WithDependency(Output.Create("x"), server);
            resources = [server];
        });

        Assert.That(await OutputUtilities.GetDependenciesAsync(tagged!), Is.EquivalentTo(resources));
    }
}
