using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;

namespace Lab.Components.Components;

/// <summary>A file for <see cref="AgentPush"/>: its real content (may be secret) and what a reviewer may see.</summary>
internal sealed record PushedFile(string Path, string Mode, string Owner, string Group, Output<string> Content, Output<string> Shown)
{
    /// <summary>A file whose whole content is secret (a private key): shown as <see cref="HostFile.Redacted"/>.</summary>
    public static PushedFile Secret(string path, string owner, Output<string> content) =>
        new(path, "0600", owner, owner, Output.CreateSecret(content), Output.Create(HostFile.Redacted + "\n"));

    /// <summary>A file with nothing secret in it.</summary>
    public static PushedFile Public(string path, string owner, Output<string> content) =>
        new(path, "0644", owner, owner, content, content);
}

/// <summary>
/// Pushes a set of files to a VM over SSH and runs what follows them (an agent restart, the base script). The files
/// travel as a script on the command's stdin, which is secret, so no key or token is ever in a command line or in user
/// data. The triggers are a hash of the script, the VM's identity (<see cref="ProxmoxNode.Identity"/>, new whenever the
/// VM is replaced) and what else the push must re-run for (e.g. the agent's version): the push runs again when, and
/// only when, its own files change, the VM is a new one, or one of those changes.
/// </summary>
internal static class AgentPush
{
    public static (Command Command, IReadOnlyList<HostFile> Files) Create(
        string name,
        ProxmoxNode node,
        string host,
        IReadOnlyList<PushedFile> files,
        IReadOnlyList<string> thenRun,
        IReadOnlyList<string> rerunFor,
        CustomResourceOptions options)
    {
        var script = Output.All(files.Select(f => f.Content)).Apply(contents => FileBundleScript.Render(
            [.. files.Zip(contents, (f, content) => new FileToWrite(f.Path, content, f.Mode, f.Owner, f.Group))],
            thenRun));

        var command = new Command(name, new CommandArgs
        {
            Connection = node.Connection,
            Create = "sudo bash -s",
            Stdin = Output.CreateSecret(script),
            // A hash of secrets is not a secret (SHA-256 of 32 random bytes reveals nothing), and a visible trigger
            // tells a reviewer which agent a change restarts.
            Triggers = Output.Tuple(Output.Unsecret(script.Apply(Sha256)), node.Identity)
                .Apply(t => ImmutableArray.CreateRange<object>([t.Item1, t.Item2, .. rerunFor])),
        }, options);

        return (command, [.. files.Select(f => new HostFile(host, f.Path, f.Shown))]);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
