using Lab.Infra.Synth;

namespace Lab.Tests.Guardrails;

/// <summary>Secrets stay secret in every input of every resource of the committed stacks.</summary>
public class SecretGuardrails
{
    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_ssh_private_key_of_a_remote_command_is_a_secret_input(string stack)
    {
        var commands = (await StackGraph.OfAsync(stack)).OfPackage("command").Where(r => r.Inputs.ContainsKey("connection")).ToList();

        Assert.That(commands, Is.Not.Empty);
        // Pulumi.Command marks the whole connection secret; either that or the key alone keeps the key out of state.
        Assert.That(commands.Where(c => !c.SecretInputs.Overlaps(["connection", "connection.privateKey"])).Select(c => c.Name), Is.Empty,
            "these commands log in with a private key that is not secret");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_generated_or_configured_secret_appears_in_an_input_that_is_not_secret(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var secrets = GeneratedSecrets(graph).Append(ProjectConfig.SecretPlaceholder).ToList();

        Assert.That(secrets, Has.Count.GreaterThan(1), "the stack generates secrets, so the check has something to look for");
        // What resources.json and the state show of each resource: its inputs with the secret paths masked.
        var leaks =
            from resource in graph.Resources
            let shown = SynthJson.Write(writer => SynthJson.WriteValue(writer, resource.Inputs, resource.SecretInputs))
            from secret in secrets
            where shown.Contains(secret, StringComparison.Ordinal) || shown.Contains(JsonEscaped(secret), StringComparison.Ordinal)
            select $"{resource.Type}::{resource.Name} shows {secret[..Math.Min(24, secret.Length)]}...";
        Assert.That(leaks.Distinct(), Is.Empty, "a secret reached an input the state stores in plain text; wrap it in Output.CreateSecret or mark the property secret");
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_generated_or_configured_secret_appears_in_a_host_file_or_an_output_that_is_not_secret(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var secrets = GeneratedSecrets(graph).Append(ProjectConfig.SecretPlaceholder).ToList();
        var plainOutputs = graph.Outputs.Where(o => !o.Value.IsSecret).Select(o => (Where: $"output {o.Key}", Text: SynthJson.Write(writer => SynthJson.WriteValue(writer, o.Value.Value))));
        var shown = graph.Files.Select(f => (Where: $"file {f.RelativePath}", Text: f.Content)).Concat(plainOutputs).ToList();

        Assert.That(graph.Files, Is.Not.Empty);
        Assert.That(shown.Where(s => secrets.Any(secret => s.Text.Contains(secret, StringComparison.Ordinal) || s.Text.Contains(JsonEscaped(secret), StringComparison.Ordinal))).Select(s => s.Where),
            Is.Empty, "components publish redacted host files, and a plain output is stored and shown in plain text");
    }

    /// <summary>What synth's mocks made up for every secret a provider generates (private keys, passwords, random bytes and ids).</summary>
    private static IEnumerable<string> GeneratedSecrets(SynthResult graph)
    {
        string[] secretFields = ["privateKeyPem", "privateKeyOpenssh", "result", "base64", "hex"];
        foreach (var resource in graph.Resources.Where(r => r.Type.StartsWith("tls:index/privateKey:", StringComparison.Ordinal) || r.Type.StartsWith("random:", StringComparison.Ordinal)))
        {
            foreach (var (field, value) in SynthComputed.For(resource.Type, resource.Name, resource.Inputs))
            {
                if (secretFields.Contains(field) && value is string text)
                {
                    yield return text;
                }
            }
        }
    }

    private static string JsonEscaped(string text) => SynthJson.Write(writer => writer.WriteStringValue(text)).Trim().Trim('"');
}
