using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;

namespace Lab.Components.Components;

/// <summary>
/// Creates Consul ACL tokens whose secrets the program generated, by a script on a server that reads every secret
/// from stdin. Idempotent: a token whose secret already resolves is left alone.
/// </summary>
internal static class ConsulAcl
{
    public static Command Create(
        string name,
        ProxmoxNode server,
        ConsulAclSetup setup,
        ClusterSecrets secrets,
        IReadOnlyDictionary<string, Output<string>> agentTokens,
        CustomResourceOptions options)
    {
        var tokens = Output.All(setup.NodeNames.Select(n => agentTokens[n]));
        var stdin = Output.Tuple(secrets.ConsulManagementToken, secrets.NomadConsulToken, tokens).Apply(t => ConsulAclScript.Stdin(
            setup,
            t.Item1,
            setup.CreateNomadAgentToken ? t.Item2 : null,
            setup.NodeNames.Zip(t.Item3).ToDictionary(p => p.First, p => p.Second)));
        return new Command(name, new CommandArgs
        {
            Connection = server.Connection,
            Create = RemoteShell.SudoBash(ConsulAclScript.Render(setup)),
            Stdin = Output.CreateSecret(stdin),
        }, options);
    }
}
