using System.Collections;
using System.Text.Json;
using Consumer.Tests.Support;
using Pulumi;
using Pulumi.Utilities;

namespace Consumer.Tests;

/// <summary>The consumer stack under mocks, its stack reference mocked with the lab's outputs (secret ones included).</summary>
public class ConsumerStackTests
{
    [Test]
    public async Task The_stack_reference_reads_the_lab_stack_the_config_names()
    {
        var mocks = new LabReferenceMocks();
        await ConsumerRuns.RunAsync(mocks, labStack: "my-team/homelab/dev");

        var read = mocks.Single(LabReferenceMocks.StackReferenceType);
        Assert.Multiple(() =>
        {
            Assert.That(read.Id, Is.EqualTo("my-team/homelab/dev"));
            Assert.That(read.Inputs.Keys, Is.EqualTo(new[] { "name" }));
            Assert.That(read.Inputs["name"], Is.EqualTo("my-team/homelab/dev"));
        });
    }

    [Test]
    public async Task It_registers_exactly_the_reference_its_nomad_provider_and_its_job()
    {
        var mocks = new LabReferenceMocks();
        await ConsumerRuns.RunAsync(mocks);

        Assert.That(mocks.Resources.Select(r => (r.Type, r.Name)), Is.EquivalentTo(new[]
        {
            (LabReferenceMocks.StackReferenceType, "lab"),
            (LabReferenceMocks.ProviderType, "lab-nomad"),
            (LabReferenceMocks.JobType, "hello"),
        }));
    }

    [Test]
    public async Task The_job_lands_in_the_namespace_the_lab_names()
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs["appsNamespace"] = "team-apps";
        var (stack, _) = await ConsumerRuns.RunAsync(mocks);

        Assert.That(mocks.JobSpec().GetProperty("Namespace").GetString(), Is.EqualTo("team-apps"));
        Assert.That(await OutputUtilities.GetValueAsync(stack.Namespace), Is.EqualTo("team-apps"));
    }

    [Test]
    public async Task The_job_goes_through_the_explicit_nomad_provider_built_from_the_lab_outputs()
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs["nomadAddress"] = "https://10.1.2.3:4646";
        await ConsumerRuns.RunAsync(mocks);

        var provider = mocks.Single(LabReferenceMocks.ProviderType);
        var job = mocks.Single(LabReferenceMocks.JobType);
        Assert.Multiple(() =>
        {
            Assert.That(provider.Inputs["address"], Is.EqualTo("https://10.1.2.3:4646"));
            Assert.That(provider.Inputs["caPem"], Is.EqualTo(mocks.Outputs["caCertPem"]));
            Assert.That(provider.Inputs["secretId"], Is.EqualTo(LabReferenceMocks.DeployToken));
            Assert.That(provider.Inputs.Keys, Is.EquivalentTo(new[] { "address", "caPem", "secretId" }), "no region, no client certificate, no other token");
            // The mock engine names a provider `<urn>::<id>`; the URN ends in the provider's type and name.
            Assert.That(job.Provider, Does.Contain($"{LabReferenceMocks.ProviderType}::lab-nomad::"));
            Assert.That(job.Inputs["json"], Is.True);
            Assert.That(job.Inputs["deregisterOnDestroy"], Is.True);
        });
    }

    [TestCase(true, TestName = "The_deploy_token_is_a_secret_provider_input_when_the_lab_lists_it_secret")]
    [TestCase(false, TestName = "The_deploy_token_is_a_secret_provider_input_even_when_the_lab_does_not_list_it_secret")]
    public async Task The_deploy_token_is_a_secret_provider_input(bool labListsItSecret)
    {
        var mocks = new LabReferenceMocks();
        if (!labListsItSecret)
        {
            mocks.SecretNames.Remove("nomadDeployToken");
        }
        var (_, args) = await ConsumerRuns.RunAsync(mocks);

        var secretId = ((Pulumi.Nomad.ProviderArgs)args["lab-nomad"]).SecretId!;
        Assert.That(await Output.IsSecretAsync(secretId.ToOutput()), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(secretId.ToOutput()), Is.EqualTo(LabReferenceMocks.DeployToken));
    }

    [Test]
    public async Task The_deploy_token_is_in_no_job_spec_and_no_input_but_the_providers_secretId_and_in_no_output()
    {
        var mocks = new LabReferenceMocks();
        var (stack, args) = await ConsumerRuns.RunAsync(mocks);

        var inputs = mocks.Resources.SelectMany(r => Strings(r.Inputs).Select(text => (Where: $"{r.Type} {r.Name}", Text: text)));
        Assert.That(inputs.Where(i => i.Text.Contains(LabReferenceMocks.DeployToken, StringComparison.Ordinal)).Select(i => i.Where),
            Is.EqualTo(new[] { $"{LabReferenceMocks.ProviderType} lab-nomad" }));
        var spec = ((Pulumi.Nomad.JobArgs)args["hello"]).Jobspec.ToOutput();
        Assert.That(await Output.IsSecretAsync(spec), Is.False, "the job's text holds no secret, so a preview shows it in full");
        foreach (var output in new[] { stack.JobId, stack.Namespace, stack.Url, stack.LabStack })
        {
            Assert.That(await Output.IsSecretAsync(output), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(output), Does.Not.Contain(LabReferenceMocks.DeployToken));
        }
    }

    [Test]
    public async Task The_service_is_routed_by_fabio_under_the_labs_domain()
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs["domain"] = "home.example.net";
        var (stack, _) = await ConsumerRuns.RunAsync(mocks);

        var service = mocks.JobSpec().GetProperty("TaskGroups")[0].GetProperty("Services")[0];
        Assert.That(service.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "urlprefix-hello.home.example.net/" }));
        Assert.That(await OutputUtilities.GetValueAsync(stack.Url), Is.EqualTo("https://hello.home.example.net/"));
        Assert.That(await OutputUtilities.GetValueAsync(stack.JobId), Is.EqualTo("hello"));
    }

    [Test]
    public async Task In_a_preview_the_job_spec_is_known_from_the_reference_and_shown_in_full()
    {
        var mocks = new LabReferenceMocks();
        await ConsumerRuns.RunAsync(mocks, preview: true);

        Assert.That(mocks.JobSpec().GetProperty("Namespace").GetString(), Is.EqualTo("apps"));
        Assert.That(mocks.Single(LabReferenceMocks.ProviderType).Inputs["address"], Is.EqualTo(mocks.Outputs["nomadAddress"]));
    }

    [Test]
    public async Task The_management_token_output_of_the_lab_is_never_read()
    {
        var mocks = new LabReferenceMocks();
        await ConsumerRuns.RunAsync(mocks);

        var inputs = mocks.Resources.SelectMany(r => Strings(r.Inputs));
        Assert.That(inputs.Where(text => text.Contains("management-token-never-read", StringComparison.Ordinal)), Is.Empty);
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string text => [text],
        IDictionary map => map.Values.Cast<object?>().SelectMany(Strings),
        IEnumerable items => items.Cast<object?>().SelectMany(Strings),
        JsonElement element => [element.GetRawText()],
        _ => [],
    };
}
