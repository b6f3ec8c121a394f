using System.Text.RegularExpressions;
using Lab.Components.Rendering;

namespace Lab.Components.Jobs;

/// <summary>
/// What every lab job must satisfy before it is rendered, each failure naming the job, group and task: Podman's and
/// Nomad's own requirements, and the lab's (pinned images, resources, health checks).
/// </summary>
public static partial class JobRules
{
    /// <summary>Every rule <paramref name="job"/> breaks, in order; empty when it is fine.</summary>
    public static IReadOnlyList<string> Check(NomadJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        List<string> failures = [];
        if (!Name().IsMatch(job.Id))
        {
            failures.Add($"job '{job.Id}': the id is not lowercase letters, digits and '-'");
        }
        if (job.Datacenters.Count == 0)
        {
            failures.Add($"job '{job.Id}': no datacenter; Nomad places nothing");
        }
        if (job.Groups.Count == 0)
        {
            failures.Add($"job '{job.Id}': no group");
        }
        foreach (var group in job.Groups)
        {
            CheckGroup(job, group, failures);
        }
        return failures;
    }

    private static void CheckGroup(NomadJob job, JobGroup group, List<string> failures)
    {
        var at = $"job '{job.Id}' group '{group.Name}'";
        if (job.Type == JobType.System && group.Count is not null)
        {
            failures.Add($"{at}: a system job runs one allocation per node; leave count unset");
        }
        if (job.Type == JobType.Service && group.Count is not > 0)
        {
            failures.Add($"{at}: a service job needs a count of at least 1");
        }
        if (group.Count is > 1 && group.Ports.Any(p => p.Static is not null))
        {
            // Two allocations of the group on one node would both reserve the port; Nomad then places only one.
            failures.Add($"{at}: a static port with count > 1; use a system job or a dynamic port");
        }

        var labels = group.Ports.Select(p => p.Label).ToList();
        foreach (var duplicate in labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"{at}: port label '{duplicate.Key}' repeats");
        }
        foreach (var port in group.Ports.Where(p => p.Static is not (null or (> 0 and < 65536))))
        {
            failures.Add($"{at}: port '{port.Label}' static {port.Static} is not a TCP port");
        }

        foreach (var service in group.Services)
        {
            if (!labels.Contains(service.Port, StringComparer.Ordinal))
            {
                failures.Add($"{at} service '{service.Name}': port '{service.Port}' is not a port of the group");
            }
            if (service.Checks.Count == 0)
            {
                failures.Add($"{at} service '{service.Name}': no check; Consul would report it healthy whatever it does");
            }
            foreach (var check in service.Checks)
            {
                CheckCheck(at, service, check, labels, failures);
            }
        }

        foreach (var volume in group.Volumes)
        {
            CheckVolume(at, volume, failures);
        }

        var volumes = group.Volumes.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var task in group.Tasks)
        {
            CheckTask($"{at} task '{task.Name}'", group, task, volumes, labels, failures);
        }
        if (group.Tasks.Count == 0)
        {
            failures.Add($"{at}: no task");
        }
    }

    private static void CheckVolume(string at, JobVolume volume, List<string> failures)
    {
        var offered = NomadAgentHostVolumes.All.SingleOrDefault(v => v.Name == volume.Source);
        if (offered is null)
        {
            // Nomad would place the group on no node: no client declares the volume.
            var names = string.Join(", ", NomadAgentHostVolumes.All.Select(v => v.Name));
            failures.Add($"{at} volume '{volume.Name}': source '{volume.Source}' is not a host volume the clients offer ({names})");
        }
        else if (offered.ReadOnly && !volume.ReadOnly)
        {
            // Nomad's scheduler places a group that asks to write a read-only host volume on no node.
            failures.Add($"{at} volume '{volume.Name}': host volume '{volume.Source}' is read-only; request it read-only");
        }
    }

    private static void CheckCheck(string at, JobService service, JobCheck check, List<string> labels, List<string> failures)
    {
        var where = $"{at} service '{service.Name}' check '{check.Name}'";
        if (check.Type is not ("http" or "tcp"))
        {
            failures.Add($"{where}: type '{check.Type}' is not http or tcp");
        }
        if (check.Type == "http" && check.Path?.StartsWith('/') != true)
        {
            failures.Add($"{where}: an http check needs a path starting with '/'");
        }
        if (check.Port is not null && !labels.Contains(check.Port, StringComparer.Ordinal))
        {
            failures.Add($"{where}: port '{check.Port}' is not a port of the group");
        }
        if (check.Interval < TimeSpan.FromSeconds(1) || check.Timeout <= TimeSpan.Zero || check.Timeout >= check.Interval)
        {
            failures.Add($"{where}: needs an interval of at least 1s and a timeout shorter than it");
        }
    }

    private static void CheckTask(string at, JobGroup group, JobTask task, HashSet<string> volumes, List<string> labels, List<string> failures)
    {
        if (ImageRule(task.Image) is { } problem)
        {
            failures.Add($"{at}: image '{task.Image}' {problem}");
        }
        if (task.Resources.CpuMHz <= 0 || task.Resources.MemoryMiB <= 0)
        {
            failures.Add($"{at}: resources need CPU and memory above 0");
        }
        if (task.Resources.MemoryMaxMiB is { } max && max < task.Resources.MemoryMiB)
        {
            failures.Add($"{at}: memory max {max} MiB is below the reserved {task.Resources.MemoryMiB} MiB");
        }
        foreach (var mount in task.VolumeMounts.Where(m => !volumes.Contains(m.Volume)))
        {
            failures.Add($"{at}: mounts volume '{mount.Volume}', which the group does not request");
        }
        foreach (var mount in task.VolumeMounts.Where(m => !m.Destination.StartsWith('/')))
        {
            failures.Add($"{at}: mounts volume '{mount.Volume}' at '{mount.Destination}', which is not an absolute path");
        }
        foreach (var port in task.PublishedPorts.Where(p => !labels.Contains(p, StringComparer.Ordinal)))
        {
            failures.Add($"{at}: publishes port '{port}', which is not a port of the group");
        }
        if (task.HostNetwork && task.PublishedPorts.Count > 0)
        {
            failures.Add($"{at}: on the host's network there is nothing to publish");
        }
        if (!task.HostNetwork && group.Ports.Any(p => p.To is null && task.PublishedPorts.Contains(p.Label, StringComparer.Ordinal)))
        {
            failures.Add($"{at}: a published port needs the container port it forwards to (to)");
        }
        foreach (var template in task.Templates)
        {
            if (!template.Destination.StartsWith("local/", StringComparison.Ordinal) && !template.Destination.StartsWith("secrets/", StringComparison.Ordinal))
            {
                failures.Add($"{at}: template '{template.Destination}' is outside local/ and secrets/");
            }
            if (template.Data.Contains("nomadVar", StringComparison.Ordinal) && !template.Destination.StartsWith("secrets/", StringComparison.Ordinal))
            {
                // secrets/ is a tmpfs that is not in the allocation's browsable file system (`nomad alloc fs`).
                failures.Add($"{at}: template '{template.Destination}' reads a Nomad Variable; render it under secrets/");
            }
        }
    }

    /// <summary>Why an image reference is not fully qualified and pinned, or null when it is.</summary>
    public static string? ImageRule(string image)
    {
        var match = Image().Match(image);
        if (!match.Success)
        {
            // Podman refuses short names unless a registries.conf alias resolves them, and then it may ask interactively.
            return "is not fully qualified as <registry host>/<repository>:<tag>";
        }
        var tag = match.Groups["tag"].Value;
        if (tag.Length == 0 && !match.Groups["digest"].Success)
        {
            return "has no tag or digest; it would float";
        }
        if (tag is "latest" or "stable" or "main" or "master" or "edge")
        {
            return $"has the floating tag '{tag}'; pin a release";
        }
        return null;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)(?::\d+)?/[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?<digest>@sha256:[0-9a-f]{64})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Image();
}
