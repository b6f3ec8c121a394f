namespace Lab.Infra.Config;

/// <summary>Which secret keys the stack holds; the values themselves are read by <c>LabStack</c> as Pulumi secrets.</summary>
public sealed record LabSecrets
{
    /// <summary><c>homelab:sshPrivateKey</c>: the key the remote commands log in with.</summary>
    public required SecretState SshPrivateKey { get; init; }

    /// <summary><c>homelab:proxmoxApiToken</c>: <c>user@realm!tokenid=uuid</c> for the Proxmox API.</summary>
    public required SecretState ProxmoxApiToken { get; init; }

    /// <summary><c>homelab:cloudflareApiToken</c>: needed only with the tunnel.</summary>
    public required SecretState CloudflareApiToken { get; init; }
}

/// <summary>How a secret key is held in the stack.</summary>
public enum SecretState
{
    /// <summary>Not set.</summary>
    Missing,

    /// <summary>Set with <c>pulumi config set --secret</c>: encrypted in the stack file.</summary>
    Secret,

    /// <summary>Set without <c>--secret</c>: the value sits in plain text in the stack file.</summary>
    Plaintext,
}
