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
}
