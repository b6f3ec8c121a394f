using System.Collections.Immutable;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;

namespace Lab.Components.Components;

/// <summary>
/// Creates or updates the Consul ACL policies and tokens whose secrets the program generated, by a script on a server
/// that reads every secret from stdin (<see cref="ConsulAclScript"/>). It converges, and it runs again when its script
/// or its secrets change, or when the server it runs on is replaced.
/// </summary>
internal static class ConsulAcl
{
    public static Command Create(
        string name,
        ProxmoxNode server,
        ConsulAclSetup setup,
        ClusterSecrets secrets,
        IReadOnlyList<Output<string>> policyTokens,
        IReadOnlyDictionary<string, Output<string>> agentTokens,
        CustomResourceOptions options)
    {
        var tokens = Output.All(setup.NodeNames.Select(n => agentTokens[n]));
        var stdin = Output.Tuple(secrets.ConsulManagementToken, Output.All(policyTokens), tokens).Apply(t => ConsulAclScript.Stdin(
            setup,
            t.Item1,
            t.Item2,
            setup.NodeNames.Zip(t.Item3).ToDictionary(p => p.First, p => p.Second)));
        return new Command(name, new CommandArgs
        {
            Connection = server.Connection,
            Create = RemoteShell.SudoBash(ConsulAclScript.Render(setup)),
            Stdin = Output.CreateSecret(stdin),
            Triggers = server.Identity.Apply(id => ImmutableArray.Create<object>(id)),
        }, options);
    }
}
