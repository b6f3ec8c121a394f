namespace Lab.Components.Rendering;

/// <summary>
/// The <c>Create</c> text that waits on a fresh VM until cloud-init has finished, so that later commands find its
/// users, packages and repositories. POSIX sh, since the login shell runs it; it needs no root.
/// </summary>
public static class CloudInitWait
{
    /// <summary>cloud-init writes this file as the last step of its final stage.</summary>
    public const string BootFinished = "/var/lib/cloud/instance/boot-finished";

    /// <summary>
    /// Runs <c>cloud-init status --wait</c> and accepts its exit code 0 (done) and 2 (done with recoverable errors),
    /// then checks <see cref="BootFinished"/>. Exit 2 (cloud-init 23.4 and later) means every stage ran but something
    /// was logged as a warning or a deprecation, such as a deprecated user-data key; a module that failed is exit 1.
    /// Failing on 2 would let a deprecation notice in a newer cloud-init image stop the whole deployment, so it is
    /// accepted, and the long status is printed so that the warnings show in Pulumi's output.
    /// </summary>
    public const string Command =
        "rc=0\n" +
        "cloud-init status --wait || rc=$?\n" +
        "case $rc in\n" +
        "  0) ;;\n" +
        "  2) echo 'cloud-init finished with recoverable errors (warnings or deprecations):'; cloud-init status --long ;;\n" +
        "  *) echo \"cloud-init failed (exit $rc):\" >&2; cloud-init status --long >&2; exit 1 ;;\n" +
        "esac\n" +
        "if [ ! -f " + BootFinished + " ]; then\n" +
        "  echo 'cloud-init reports done, but " + BootFinished + " is missing' >&2\n" +
        "  exit 1\n" +
        "fi\n";
}
