using Consumer.App;
using Consumer.Tests.Support;

namespace Consumer.Tests;

/// <summary>A lab stack whose outputs break the contract fails the consumer with a message naming the output and the lab stack.</summary>
public class LabOutputErrorTests
{
    private const string Lab = ConsumerRuns.LabStack;

    private static IEnumerable<string> ReadOutputs => LabOutputNames.All;

    [TestCaseSource(nameof(ReadOutputs))]
    public async Task A_missing_output_fails_naming_it_the_lab_stack_and_the_outputs_the_lab_has(string output)
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs.Remove(output);

        var message = await ConsumerRuns.FailureAsync(mocks);

        Assert.That(message, Does.Contain($"lab stack '{Lab}' has no output '{output}' (its outputs: "));
        Assert.That(message, Does.Contain("fix: run `pulumi up` on organization/homelab/lab"));
        Assert.That(message, Does.Contain(mocks.Outputs.Keys.Order(StringComparer.Ordinal).First()));
    }

    [Test]
    public async Task A_misnamed_output_fails_naming_the_expected_name_and_showing_the_labs_names()
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs["nomadDeployTokn"] = mocks.Outputs["nomadDeployToken"];
        mocks.Outputs.Remove("nomadDeployToken");

        var message = await ConsumerRuns.FailureAsync(mocks);

        Assert.That(message, Does.Contain($"lab stack '{Lab}' has no output 'nomadDeployToken'"));
        Assert.That(message, Does.Contain("nomadDeployTokn"));
        Assert.That(message, Does.Not.Contain(LabReferenceMocks.DeployToken));
    }

    [Test]
    public async Task A_lab_stack_without_outputs_is_asked_whether_it_was_deployed()
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs.Clear();
        mocks.SecretNames.Clear();

        var message = await ConsumerRuns.FailureAsync(mocks);

        Assert.That(message, Does.Contain($"lab stack '{Lab}' has no output 'nomadAddress' (it has none: was it ever deployed?)"));
    }

    [TestCase("nomadAddress", "http://192.168.10.120:4646", "output 'nomadAddress' 'http://192.168.10.120:4646' is not an https:// URL")]
    [TestCase("caCertPem", "not a certificate", "output 'caCertPem' 'not a certificate' is not a PEM certificate")]
    [TestCase("appsNamespace", "apps/prod", "output 'appsNamespace' 'apps/prod' is not a Nomad namespace name")]
    [TestCase("domain", "lab..example.com", "output 'domain' 'lab..example.com' is not a DNS domain")]
    [TestCase("domain", 42, "output 'domain' 42 (a number) is not a DNS domain")]
    public async Task A_malformed_output_fails_showing_it_and_the_rule(string output, object value, string expected)
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs[output] = value;

        var message = await ConsumerRuns.FailureAsync(mocks);

        Assert.That(message, Does.Contain($"lab stack '{Lab}' {expected}"));
    }

    [TestCase("s3cr3t t0k3n", "(a secret string of 12 characters)")] // a space: no Nomad secret id has one
    [TestCase("", "(an empty string)")]
    public async Task A_malformed_deploy_token_fails_describing_it_without_showing_it(string token, string described)
    {
        var mocks = new LabReferenceMocks();
        mocks.Outputs["nomadDeployToken"] = token;

        var message = await ConsumerRuns.FailureAsync(mocks);

        Assert.That(message, Does.Contain($"lab stack '{Lab}' output 'nomadDeployToken' {described} is not a token (one word)"));
        if (token.Length > 0)
        {
            Assert.That(message, Does.Not.Contain(token));
        }
    }
}
