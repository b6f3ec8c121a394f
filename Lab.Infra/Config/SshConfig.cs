namespace Lab.Infra.Config;

/// <summary>
/// SSH access to the VMs (<c>homelab:ssh</c>). The matching private key is the secret <c>homelab:sshPrivateKey</c>,
/// used by the program's remote commands.
/// </summary>
public sealed record SshConfig
{
    /// <summary>The admin user cloud-init creates on each VM (root stays locked).</summary>
    public required string User { get; init; }

    /// <summary>OpenSSH public keys authorized for <see cref="User"/>, one <c>type base64 [comment]</c> line each.</summary>
    public required IReadOnlyList<string> PublicKeys { get; init; }
}
