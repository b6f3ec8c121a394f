namespace Lab.Components.Rendering;

/// <summary>
/// <c>Create</c> texts for <c>Command.Remote.Command</c>. The admin user's login shell runs them, with passwordless
/// sudo. A <c>Create</c> text is shown in previews and ends up in the argv of processes on the VM, so it never holds
/// a secret: secrets travel in <c>Stdin</c>, which Pulumi keeps secret.
/// </summary>
public static class RemoteShell
{
    /// <summary>
    /// Runs the script that arrives as <c>Stdin</c> as root. For scripts that carry secrets themselves, such as
    /// <see cref="FileBundleScript"/>: bash reads the script from stdin, so it appears in no argv.
    /// </summary>
    public const string SudoBashFromStdin = "sudo bash -s";

    /// <summary>
    /// The <c>Create</c> text that runs <paramref name="script"/> as root with bash: <c>sudo bash -c '&lt;script&gt;'</c>.
    /// <c>Stdin</c> passes through to the script, which reads its secrets from there. The script itself is visible
    /// (in previews and in the argv of sudo and bash), so it must hold no secret.
    /// </summary>
    public static string SudoBash(string script)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(script);
        return "sudo bash -c " + ShellQuote.Single(script);
    }
}
