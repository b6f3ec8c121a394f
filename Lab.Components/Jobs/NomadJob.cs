namespace Lab.Components.Jobs;

/// <summary>
/// A Nomad job as the lab writes it: the part of Nomad's job specification the lab's jobs use, typed. It renders to
/// Nomad's JSON job specification (<see cref="JobSpecRenderer"/>), the <c>api.Job</c> struct of Nomad's Go API
/// (<c>api/jobs.go</c>), which the Nomad provider's <c>nomad_job</c> decodes when <c>json = true</c>.
/// </summary>
public sealed record NomadJob
{
    /// <summary>The job's id and name, e.g. <c>fabio</c>; the id other stacks and <c>nomad job status</c> use.</summary>
    public required string Id { get; init; }

    /// <summary><see cref="JobType.Service"/> (long-running, placed by count) or <see cref="JobType.System"/> (one per eligible node).</summary>
    public required JobType Type { get; init; }

    /// <summary>The Nomad namespace, <c>default</c> unless the job belongs to a team's namespace.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>The datacenters the job may run in.</summary>
    public required IReadOnlyList<string> Datacenters { get; init; }

    /// <summary>Job-wide placement constraints.</summary>
    public IReadOnlyList<JobConstraint> Constraints { get; init; } = [];

    /// <summary>The task groups, each placed as one unit.</summary>
    public required IReadOnlyList<JobGroup> Groups { get; init; }

    /// <summary>Scheduling priority, 1-100; Nomad's default is 50.</summary>
    public int Priority { get; init; } = 50;
}

/// <summary>Nomad's job types the lab uses.</summary>
public enum JobType
{
    /// <summary>Long-running, <see cref="JobGroup.Count"/> allocations.</summary>
    Service,

    /// <summary>One allocation on every node that meets the constraints.</summary>
    System,
}

/// <summary>A placement constraint, e.g. <c>${node.class} = general</c>.</summary>
/// <param name="Attribute">The attribute, e.g. <c>${node.class}</c>.</param>
/// <param name="Operator">The operator, e.g. <c>=</c> or <c>set_contains_any</c>.</param>
/// <param name="Value">The value to compare with.</param>
public sealed record JobConstraint(string Attribute, string Operator, string Value);

/// <summary>A task group: tasks placed together, their network, their services and volumes.</summary>
public sealed record JobGroup
{
    /// <summary>The group's name, unique in the job.</summary>
    public required string Name { get; init; }

    /// <summary>How many allocations a service job runs; null for a system job (Nomad then runs one per node).</summary>
    public int? Count { get; init; }

    /// <summary>The group's ports: static ones reserved on the host, dynamic ones picked by Nomad.</summary>
    public IReadOnlyList<JobPort> Ports { get; init; } = [];

    /// <summary>The services the group registers in Consul; each needs at least one check.</summary>
    public IReadOnlyList<JobService> Services { get; init; } = [];

    /// <summary>Host volumes the group mounts (the client's <c>host_volume</c> blocks, <c>NomadAgentHostVolumes</c>).</summary>
    public IReadOnlyList<JobVolume> Volumes { get; init; } = [];

    /// <summary>The tasks.</summary>
    public required IReadOnlyList<JobTask> Tasks { get; init; }
}

/// <summary>A port of a group.</summary>
/// <param name="Label">Its label, what services, checks and the Podman <c>ports</c> option refer to.</param>
/// <param name="Static">The host port, reserved on every node the group runs on; null for a dynamic port.</param>
/// <param name="To">The port inside the container a dynamic host port forwards to; null when the task uses the host's network.</param>
public sealed record JobPort(string Label, int? Static = null, int? To = null);

/// <summary>A host volume the group mounts.</summary>
/// <param name="Name">The name the tasks' mounts use.</param>
/// <param name="Source">The client's <c>host_volume</c> name, e.g. <c>data</c>.</param>
/// <param name="ReadOnly">Whether the group only reads it.</param>
public sealed record JobVolume(string Name, string Source, bool ReadOnly = false);

/// <summary>A service registered in Consul for the group.</summary>
public sealed record JobService
{
    /// <summary>The Consul service name, e.g. <c>http-echo</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The port label the service advertises.</summary>
    public required string Port { get; init; }

    /// <summary>Consul tags, e.g. Fabio's <c>urlprefix-echo.lab.example.com/</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Its health checks; Fabio and the edge route only to passing instances, so every service has one.</summary>
    public required IReadOnlyList<JobCheck> Checks { get; init; }
}

/// <summary>A Consul health check of a service, run by the local Consul agent.</summary>
public sealed record JobCheck
{
    /// <summary>A name unique in the service.</summary>
    public required string Name { get; init; }

    /// <summary><c>http</c> or <c>tcp</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The HTTP path for an <c>http</c> check, e.g. <c>/health</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The port label to check, when it is not the service's own port.</summary>
    public string? Port { get; init; }

    /// <summary><c>https</c> for an HTTP check of a TLS endpoint; null for plain HTTP.</summary>
    public string? Protocol { get; init; }

    /// <summary>How often Consul runs it.</summary>
    public required TimeSpan Interval { get; init; }

    /// <summary>How long one run may take.</summary>
    public required TimeSpan Timeout { get; init; }
}

/// <summary>A task: one container run by the rootless Podman driver.</summary>
public sealed record JobTask
{
    /// <summary>The task's name, unique in the group.</summary>
    public required string Name { get; init; }

    /// <summary>The container image, fully qualified (registry host, repository, pinned tag): Podman rejects short names.</summary>
    public required string Image { get; init; }

    /// <summary>Arguments to the image's entry point.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>
    /// True: the container shares the host's network (a static port is then the process's own listener); false: the
    /// group's dynamic ports are forwarded into the container (Podman's <c>ports</c> option).
    /// </summary>
    public bool HostNetwork { get; init; }

    /// <summary>The group port labels Podman publishes into the container (without <see cref="HostNetwork"/>).</summary>
    public IReadOnlyList<string> PublishedPorts { get; init; } = [];

    /// <summary>Environment variables that hold no secret (secrets come through templates from Nomad Variables).</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>Files Nomad renders into the task directory before the task starts (consul-template syntax).</summary>
    public IReadOnlyList<JobTemplate> Templates { get; init; } = [];

    /// <summary>
    /// Where the group's volumes appear in the container: the only way to the host's files. The model has no Podman bind
    /// mount (<c>config.volumes</c>): the clients turn them off, and Nomad's ACLs would not see them.
    /// </summary>
    public IReadOnlyList<JobVolumeMount> VolumeMounts { get; init; } = [];

    /// <summary>What the scheduler reserves for the task.</summary>
    public required JobResources Resources { get; init; }

    /// <summary>Runs the container's process as this user (e.g. <c>0</c> to read the host's journal); null for the image's default.</summary>
    public string? User { get; init; }
}

/// <summary>A file rendered by Nomad's template runner.</summary>
public sealed record JobTemplate
{
    /// <summary>Relative to the task directory: <c>local/</c> for plain files, <c>secrets/</c> for anything read from a Variable.</summary>
    public required string Destination { get; init; }

    /// <summary>The template text; a secret is referenced (<c>nomadVar</c>), never written in it.</summary>
    public required string Data { get; init; }

    /// <summary>What Nomad does when the rendered file changes: <c>restart</c>, <c>signal</c> or <c>noop</c>.</summary>
    public string ChangeMode { get; init; } = "restart";

    /// <summary>The file's mode, e.g. <c>0600</c> for a secret.</summary>
    public string Perms { get; init; } = "0644";

    /// <summary>True: the file is <c>KEY=value</c> lines that Nomad sets as the task's environment (a secret stays out of the job text).</summary>
    public bool Env { get; init; }
}

/// <summary>A volume of the group mounted into the task.</summary>
/// <param name="Volume">The group volume's name.</param>
/// <param name="Destination">The path in the container.</param>
/// <param name="ReadOnly">Whether the task only reads it.</param>
public sealed record JobVolumeMount(string Volume, string Destination, bool ReadOnly = false);

/// <summary>CPU and memory the scheduler reserves for a task.</summary>
/// <param name="CpuMHz">CPU shares in MHz.</param>
/// <param name="MemoryMiB">Memory reserved, in MiB; the container is killed above <paramref name="MemoryMaxMiB"/> (or this, when that is null).</param>
/// <param name="MemoryMaxMiB">The hard limit when memory oversubscription is on; null for none.</param>
public sealed record JobResources(int CpuMHz, int MemoryMiB, int? MemoryMaxMiB = null);
