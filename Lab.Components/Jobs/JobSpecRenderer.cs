using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lab.Components.Jobs;

/// <summary>
/// Renders a <see cref="NomadJob"/> to Nomad's JSON job specification: <c>{"Job": {...}}</c> with the field names of
/// Nomad's Go API structs (<c>api.Job</c>, <c>api.TaskGroup</c>, <c>api.Task</c>, <c>api.Service</c>,
/// <c>api.ServiceCheck</c>, <c>api.Template</c>, <c>api.Resources</c>, <c>api.NetworkResource</c>, <c>api.Port</c>),
/// which carry no JSON tags, so Go's decoder matches the field names; durations are <c>time.Duration</c>, integer
/// nanoseconds. The Podman task config keys are nomad-driver-podman's task config spec. Pure: no I/O, fixed order.
/// </summary>
public static class JobSpecRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Templates hold '<', '>' and '&' (HTML-escaped by default); the reader is Nomad, not a browser.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The job specification, ending in a newline; throws listing every <see cref="JobRules"/> failure.</summary>
    public static string Render(NomadJob job)
    {
        var failures = JobRules.Check(job);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join("\n", failures), nameof(job));
        }
        var root = new JsonObject { ["Job"] = Job(job) };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Job(NomadJob job)
    {
        var node = new JsonObject
        {
            ["ID"] = job.Id,
            ["Name"] = job.Id,
            ["Namespace"] = job.Namespace,
            ["Type"] = job.Type == JobType.System ? "system" : "service",
            ["Priority"] = job.Priority,
            ["Datacenters"] = Strings(job.Datacenters),
        };
        if (job.Constraints.Count > 0)
        {
            node["Constraints"] = Array(job.Constraints.Select(Constraint));
        }
        node["TaskGroups"] = Array(job.Groups.Select(Group));
        return node;
    }

    private static JsonObject Constraint(JobConstraint c) => new()
    {
        ["LTarget"] = c.Attribute,
        ["RTarget"] = c.Value,
        ["Operand"] = c.Operator,
    };

    private static JsonObject Group(JobGroup group)
    {
        var node = new JsonObject { ["Name"] = group.Name };
        if (group.Count is { } count)
        {
            node["Count"] = count;
        }
        if (group.Ports.Count > 0)
        {
            var reserved = group.Ports.Where(p => p.Static is not null).Select(p => Port(p, p.Static!.Value));
            var dynamic = group.Ports.Where(p => p.Static is null).Select(p => Port(p, 0));
            var network = new JsonObject { ["Mode"] = "host" };
            if (group.Ports.Any(p => p.Static is not null))
            {
                network["ReservedPorts"] = Array(reserved);
            }
            if (group.Ports.Any(p => p.Static is null))
            {
                network["DynamicPorts"] = Array(dynamic);
            }
            node["Networks"] = new JsonArray(network);
        }
        if (group.Volumes.Count > 0)
        {
            var volumes = new JsonObject();
            foreach (var volume in group.Volumes.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                volumes[volume.Name] = new JsonObject
                {
                    ["Name"] = volume.Name,
                    ["Type"] = "host",
                    ["Source"] = volume.Source,
                    ["ReadOnly"] = volume.ReadOnly,
                };
            }
            node["Volumes"] = volumes;
        }
        if (group.Services.Count > 0)
        {
            node["Services"] = Array(group.Services.Select(Service));
        }
        node["Tasks"] = Array(group.Tasks.Select(Task));
        return node;
    }

    private static JsonObject Port(JobPort port, int value)
    {
        var node = new JsonObject { ["Label"] = port.Label, ["Value"] = value };
        if (port.To is { } to)
        {
            node["To"] = to;
        }
        return node;
    }

    private static JsonObject Service(JobService service)
    {
        var node = new JsonObject
        {
            ["Name"] = service.Name,
            ["PortLabel"] = service.Port,
            ["Provider"] = "consul",
        };
        if (service.Tags.Count > 0)
        {
            node["Tags"] = Strings(service.Tags);
        }
        node["Checks"] = Array(service.Checks.Select(Check));
        return node;
    }

    private static JsonObject Check(JobCheck check)
    {
        var node = new JsonObject { ["Name"] = check.Name, ["Type"] = check.Type };
        if (check.Path is { } path)
        {
            node["Path"] = path;
        }
        if (check.Port is { } port)
        {
            node["PortLabel"] = port;
        }
        if (check.Protocol is { } protocol)
        {
            node["Protocol"] = protocol;
        }
        node["Interval"] = Nanoseconds(check.Interval);
        node["Timeout"] = Nanoseconds(check.Timeout);
        return node;
    }

    private static JsonObject Task(JobTask task)
    {
        var config = new JsonObject { ["image"] = task.Image };
        if (task.Args.Count > 0)
        {
            config["args"] = Strings(task.Args);
        }
        if (task.HostNetwork)
        {
            config["network_mode"] = "host";
        }
        if (task.PublishedPorts.Count > 0)
        {
            config["ports"] = Strings(task.PublishedPorts);
        }
        // Decision D3: every Podman task logs to journald, where the agents' logs are and the log shipper reads.
        config["logging"] = new JsonObject { ["driver"] = "journald" };

        var node = new JsonObject
        {
            ["Name"] = task.Name,
            ["Driver"] = "podman",
        };
        if (task.User is { } user)
        {
            node["User"] = user;
        }
        node["Config"] = config;
        if (task.Env.Count > 0)
        {
            var env = new JsonObject();
            foreach (var (key, value) in task.Env.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                env[key] = value;
            }
            node["Env"] = env;
        }
        if (task.Templates.Count > 0)
        {
            node["Templates"] = Array(task.Templates.Select(Template));
        }
        if (task.VolumeMounts.Count > 0)
        {
            node["VolumeMounts"] = Array(task.VolumeMounts.Select(m => new JsonObject
            {
                ["Volume"] = m.Volume,
                ["Destination"] = m.Destination,
                ["ReadOnly"] = m.ReadOnly,
            }));
        }
        var resources = new JsonObject
        {
            ["CPU"] = task.Resources.CpuMHz,
            ["MemoryMB"] = task.Resources.MemoryMiB,
        };
        if (task.Resources.MemoryMaxMiB is { } max)
        {
            resources["MemoryMaxMB"] = max;
        }
        node["Resources"] = resources;
        return node;
    }

    private static JsonObject Template(JobTemplate template)
    {
        var node = new JsonObject
        {
            ["DestPath"] = template.Destination,
            ["EmbeddedTmpl"] = template.Data,
            ["ChangeMode"] = template.ChangeMode,
            ["Perms"] = template.Perms,
        };
        if (template.Env)
        {
            node["Envvars"] = true;
        }
        return node;
    }

    private static long Nanoseconds(TimeSpan span) => span.Ticks * 100;

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonArray Array(IEnumerable<JsonObject> nodes) => new([.. nodes]);
}
