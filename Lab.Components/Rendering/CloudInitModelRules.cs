using System.Text.RegularExpressions;

namespace Lab.Components.Rendering;

/// <summary>The invariants <see cref="CloudInitRenderer"/> needs of a <see cref="CloudInitModel"/>, each failure a message naming the property, the rule and the fix.</summary>
internal static partial class CloudInitModelRules
{
    private const string Model = nameof(CloudInitModel);

    /// <summary>Every failure of <paramref name="model"/>, in property order; empty when it can be rendered.</summary>
    public static IReadOnlyList<string> Check(CloudInitModel model)
    {
        var errors = new List<string>();
        CheckNames(model, errors);
        CheckAdminUser(model.AdminUser, errors);
        CheckSshPublicKeys(model.SshPublicKeys, errors);
        CheckAgents(model, errors);
        return errors;
    }

    private static void CheckNames(CloudInitModel model, List<string> errors)
    {
        if (!IsLabel(model.Hostname))
        {
            errors.Add($"{Model}.{nameof(CloudInitModel.Hostname)} '{model.Hostname}' is not a DNS label (lowercase letters, digits and '-', "
                + "at most 63, no '-' at either end); fix: pass the VM's short name, e.g. vb0");

            // How the FQDN should start is unknown until the host name is fixed; one message is enough.
            return;
        }

        var labels = model.Fqdn.Split('.');
        if (model.Fqdn.Length > 253 || labels.Length < 2 || labels[0] != model.Hostname || !labels.All(IsLabel))
        {
            errors.Add($"{Model}.{nameof(CloudInitModel.Fqdn)} '{model.Fqdn}' is not {Model}.{nameof(CloudInitModel.Hostname)} '{model.Hostname}' "
                + $"followed by a DNS domain; fix: pass '{model.Hostname}.<domain>', e.g. {model.Hostname}.lab.example.com");
        }
    }

    private static void CheckAdminUser(string user, List<string> errors)
    {
        const string Property = $"{Model}.{nameof(CloudInitModel.AdminUser)}";
        if (user == "root")
        {
            errors.Add($"{Property} 'root' is root, whose login the VM locks; fix: pass a user that gets sudo, e.g. ubuntu");
        }
        else if (user == AgentPaths.PodmanUser)
        {
            errors.Add($"{Property} '{user}' is the rootless Podman user (AgentPaths.PodmanUser), which has no login and no sudo; "
                + "fix: pass another user, e.g. ubuntu");
        }
        else if (!UserName().IsMatch(user))
        {
            errors.Add($"{Property} '{user}' is not a Linux user name (a lowercase letter or '_', then up to 31 lowercase letters, digits, '_', '-'); "
                + "fix: pass e.g. ubuntu");
        }
    }

    private static void CheckSshPublicKeys(IReadOnlyList<string> keys, List<string> errors)
    {
        const string Property = $"{Model}.{nameof(CloudInitModel.SshPublicKeys)}";
        if (keys.Count == 0)
        {
            errors.Add($"{Property} is empty: the VM locks root and takes no passwords, so no one could log in; "
                + "fix: pass at least one OpenSSH public key line, e.g. the contents of ~/.ssh/id_ed25519.pub");
        }

        for (var i = 0; i < keys.Count; i++)
        {
            // The value is not quoted: a private key pasted by mistake would otherwise end up in logs.
            if (!OpenSshPublicKey.IsValidLine(keys[i]))
            {
                errors.Add($"{Property}[{i}] is not an OpenSSH public key line (type, base64 key, optional comment); "
                    + "fix: pass the one line of a .pub file, e.g. the contents of ~/.ssh/id_ed25519.pub");
            }
        }
    }

    private static void CheckAgents(CloudInitModel model, List<string> errors)
    {
        const string Nomad = $"{Model}.{nameof(CloudInitModel.NomadVersion)}";
        const string Consul = $"{Model}.{nameof(CloudInitModel.ConsulVersion)}";
        switch (model.NomadVersion, model.ConsulVersion)
        {
            case (null, null):
                if (model.RunsWorkloads)
                {
                    errors.Add($"{Model}.{nameof(CloudInitModel.RunsWorkloads)} is true, but {Nomad} and {Consul} are null: a workload node runs "
                        + $"the Nomad client, and the Podman driver comes from HashiCorp's apt repository; fix: set both versions "
                        + $"(e.g. {Versions.Nomad} and {Versions.Consul}), or RunsWorkloads = false");
                }

                break;
            case (not null, null):
                errors.Add($"Only one of {Nomad} and {Consul} is set: a node runs both agents or neither; "
                    + $"fix: set {Consul} too (e.g. {Versions.Consul}), or neither for a node without agents");
                break;
            case (null, not null):
                errors.Add($"Only one of {Nomad} and {Consul} is set: a node runs both agents or neither; "
                    + $"fix: set {Nomad} too (e.g. {Versions.Nomad}), or neither for a node without agents");
                break;
            case (not null, not null):
                CheckVersion(Nomad, model.NomadVersion, Versions.Nomad, errors);
                CheckVersion(Consul, model.ConsulVersion, Versions.Consul, errors);
                break;
        }
    }

    private static void CheckVersion(string property, string version, string example, List<string> errors)
    {
        // The renderer appends HashiCorp's Debian revision itself; a value that already has one would pin "x.y.z-1-1".
        if (!ReleaseVersion().IsMatch(version))
        {
            errors.Add($"{property} '{version}' is not a release version (major.minor.patch, without the Debian revision "
                + $"'-{Versions.HashiCorpDebianRevision}'); fix: pass e.g. {example}");
        }
    }

    private static bool IsLabel(string text) => Label().IsMatch(text);

    // "\z", not "$": "$" also matches before a final line break.
    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UserName();

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseVersion();
}
