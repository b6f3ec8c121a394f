using Lab.Components.Rendering;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:ssh</c> and the secret keys.</summary>
internal static class AccessRules
{
    public const string NotAUserName =
        "is not a Linux user name (a lowercase letter or '_', then up to 31 lowercase letters, digits, '_', '-')";

    private const string PublicKeyFix = "\"$(cat ~/.ssh/id_ed25519.pub)\"";

    public static void CheckSsh(SshConfig ssh, List<string> errors)
    {
        if (ssh.User == "root")
        {
            errors.Add(ConfigKeys.Bad("ssh.user", ssh.User, "is root, whose login the VMs lock", ConfigKeys.SetCommand("ssh.user", LabDefaults.SshUser)));
        }
        else if (!DnsNames.IsUserName(ssh.User))
        {
            errors.Add(ConfigKeys.Bad("ssh.user", ssh.User, NotAUserName, ConfigKeys.SetCommand("ssh.user", "<user>")));
        }

        if (ssh.PublicKeys.Count == 0)
        {
            errors.Add(ConfigKeys.Problem("ssh.publicKeys",
                "is empty: the VMs lock root and take no passwords, so no one could log in",
                ConfigKeys.SetCommand("ssh.publicKeys[0]", PublicKeyFix)));
        }

        for (var i = 0; i < ssh.PublicKeys.Count; i++)
        {
            if (!OpenSshPublicKey.IsValidLine(ssh.PublicKeys[i]))
            {
                var path = $"ssh.publicKeys[{i}]";
                errors.Add(ConfigKeys.Bad(path, ssh.PublicKeys[i], "is not an OpenSSH public key (type, base64 key, optional comment)",
                    ConfigKeys.SetCommand(path, PublicKeyFix)));
            }
        }
    }

    public static void CheckSecrets(LabConfig config, List<string> errors)
    {
        CheckSecret(ConfigKeys.SshPrivateKey, config.Secrets.SshPrivateKey, required: true,
            "the program logs in to the VMs and Pis with it", "~/.ssh/id_ed25519", errors);
        CheckSecret(ConfigKeys.ProxmoxApiToken, config.Secrets.ProxmoxApiToken, required: true,
            "the Proxmox provider signs in with it", "<file holding user@realm!tokenid=uuid>", errors);
        CheckSecret(ConfigKeys.CloudflareApiToken, config.Secrets.CloudflareApiToken, required: config.Features.Tunnel,
            $"{ConfigKeys.Full("features.tunnel")} is true", "<file holding the token>", errors);
    }

    private static void CheckSecret(string key, SecretState state, bool required, string why, string source, List<string> errors)
    {
        if (state == SecretState.Plaintext)
        {
            errors.Add(ConfigKeys.Problem(key, "is stored in plain text in the stack file", ConfigKeys.SetSecretCommand(key, source)));
        }
        else if (state == SecretState.Missing && required)
        {
            errors.Add(ConfigKeys.Problem(key, $"is not set, but {why}", ConfigKeys.SetSecretCommand(key, source)));
        }
    }
}
