using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:nomad</c>, <c>homelab:consul</c> and <c>homelab:jobs</c>.</summary>
internal static partial class ClusterRules
{
    public static void CheckCluster(LabConfig config, List<string> errors)
    {
        const string certificateName = "it is part of the agents' certificate names";
        CheckLabel("nomad.region", config.Nomad.Region, certificateName, errors);
        CheckLabel("nomad.datacenter", config.Nomad.Datacenter, "Nomad places jobs by it", errors);
        CheckVersion("nomad.version", config.Nomad.Version, errors);
        CheckLabel("consul.datacenter", config.Consul.Datacenter, certificateName, errors);
        CheckVersion("consul.version", config.Consul.Version, errors);
    }

    public static void CheckJobs(IReadOnlyList<string> jobs, List<string> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            var path = $"{ConfigKeys.Jobs}[{i}]";
            if (!JobName().IsMatch(jobs[i]))
            {
                errors.Add(ConfigKeys.Bad(path, jobs[i], "is not a job name (lowercase letters, digits and '-')",
                    ConfigKeys.SetCommand(path, "<job>")));
            }
            else if (!Lab.Components.Components.LabJobs.Known.Contains(jobs[i], StringComparer.Ordinal))
            {
                errors.Add(ConfigKeys.Bad(path, jobs[i], $"is not one of the lab's jobs ({string.Join(", ", Lab.Components.Components.LabJobs.Known)})",
                    ConfigKeys.SetCommand(path, "<job>")));
            }
            else if (!seen.TryAdd(jobs[i], i))
            {
                errors.Add(ConfigKeys.Bad(path, jobs[i], $"repeats {ConfigKeys.Full($"{ConfigKeys.Jobs}[{seen[jobs[i]]}]")}",
                    $"pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
        }
    }

    private static void CheckLabel(string path, string value, string why, List<string> errors)
    {
        if (!DnsNames.IsLabel(value))
        {
            errors.Add(ConfigKeys.Bad(path, value, $"{RoleRules.NotALabel}: {why}", ConfigKeys.SetCommand(path, "<name>")));
        }
    }

    private static void CheckVersion(string path, string? version, List<string> errors)
    {
        if (version is not null && !Version().IsMatch(version))
        {
            // Rule 18 of STYLE.md: every version is pinned; no 'latest' and no partial versions that float.
            errors.Add(ConfigKeys.Bad(path, version, "is not an exact version x.y.z",
                $"{ConfigKeys.SetCommand(path, "<x.y.z>")}, or pulumi config rm --path '{ConfigKeys.Full(path)}' for the pinned default"));
        }
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex JobName();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}
