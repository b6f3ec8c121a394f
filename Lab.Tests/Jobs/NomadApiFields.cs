using System.Text.Json;

namespace Lab.Tests.Jobs;

/// <summary>
/// The exported fields of the Nomad Go API structs a lab job specification uses, as read from hashicorp/nomad
/// (commit aa026cc9, August 2026) <c>api/jobs.go</c>, <c>api/tasks.go</c>, <c>api/resources.go</c>,
/// <c>api/services.go</c> and <c>api/constraint.go</c>. The structs carry no JSON tags, so Go's decoder, which the
/// Nomad provider runs on a JSON job specification, matches these names; an unknown key would be silently dropped.
/// No Nomad binary is served here, so this stands in for <c>nomad job validate</c> on the field names.
/// </summary>
internal static class NomadApiFields
{
    private static readonly Dictionary<string, string[]> Fields = new()
    {
        ["Job"] = ["Region", "Namespace", "ID", "Name", "Type", "Priority", "AllAtOnce", "Datacenters", "NodePool", "Constraints", "Affinities", "TaskGroups", "Update", "Multiregion", "Spreads", "Periodic", "ParameterizedJob", "Reschedule", "Migrate", "Meta", "UI"],
        ["TaskGroup"] = ["Name", "Count", "Constraints", "Affinities", "Tasks", "Spreads", "Volumes", "RestartPolicy", "Disconnect", "ReschedulePolicy", "EphemeralDisk", "Update", "Migrate", "Networks", "Meta", "Services", "ShutdownDelay", "MaxRunDuration", "StopAfterClientDisconnect", "MaxClientDisconnect", "Scaling", "Consul", "PreventRescheduleOnLost"],
        ["Task"] = ["Name", "Driver", "User", "Lifecycle", "Config", "Constraints", "Affinities", "Env", "Services", "Resources", "RestartPolicy", "Meta", "KillTimeout", "LogConfig", "Artifacts", "Vault", "Consul", "Templates", "DispatchPayload", "VolumeMounts", "CSIPluginConfig", "Leader", "ShutdownDelay", "KillSignal", "Kind", "ScalingPolicies", "Secrets", "Identity", "Identities", "Actions", "Schedule"],
        ["Constraint"] = ["LTarget", "RTarget", "Operand"],
        ["NetworkResource"] = ["Mode", "Device", "CIDR", "IP", "DNS", "ReservedPorts", "DynamicPorts", "Hostname", "MBits", "CNI"],
        ["Port"] = ["Label", "Value", "To", "HostNetwork", "IgnoreCollision"],
        ["VolumeRequest"] = ["Name", "Type", "Source", "ReadOnly", "Sticky", "AccessMode", "AttachmentMode", "MountOptions", "PerAlloc"],
        ["VolumeMount"] = ["Volume", "Destination", "ReadOnly", "PropagationMode", "SELinuxLabel"],
        ["Service"] = ["Name", "Tags", "CanaryTags", "EnableTagOverride", "PortLabel", "AddressMode", "Address", "Checks", "CheckRestart", "Connect", "Meta", "CanaryMeta", "TaggedAddresses", "TaskName", "OnUpdate", "Identity", "Weights", "Provider", "Cluster", "Kind"],
        ["ServiceCheck"] = ["Name", "Type", "Command", "Args", "Path", "Protocol", "PortLabel", "Expose", "AddressMode", "Advertise", "Interval", "Timeout", "InitialStatus", "Notes", "TLSServerName", "TLSSkipVerify", "Header", "Method", "CheckRestart", "GRPCService", "GRPCUseTLS", "TaskName", "SuccessBeforePassing", "FailuresBeforeCritical", "FailuresBeforeWarning", "Body", "OnUpdate"],
        ["Template"] = ["SourcePath", "DestPath", "EmbeddedTmpl", "ChangeMode", "ChangeScript", "ChangeSignal", "Once", "Splay", "Perms", "Uid", "Gid", "LeftDelim", "RightDelim", "Envvars", "VaultGrace", "Wait", "ErrMissingKey"],
        ["Resources"] = ["CPU", "Cores", "MemoryMB", "MemoryMaxMB", "DiskMB", "Networks", "Devices", "NUMA", "SecretsMB", "IOPS"],
    };

    /// <summary>The nomad-driver-podman task config keys (its <c>taskConfigSpec</c>) the lab uses.</summary>
    private static readonly string[] PodmanTaskConfig = ["args", "image", "logging", "network_mode", "ports", "volumes", "command", "entrypoint", "working_dir", "cap_add", "cap_drop"];

    /// <summary>Every key of the rendered specification that is not a field of its Go struct, as a path.</summary>
    public static IReadOnlyList<string> UnknownKeys(string spec)
    {
        using var document = JsonDocument.Parse(spec);
        List<string> unknown = [];
        var root = document.RootElement;
        foreach (var property in root.EnumerateObject().Where(p => p.Name != "Job"))
        {
            unknown.Add(property.Name);
        }
        Walk(root.GetProperty("Job"), "Job", "Job", unknown);
        return unknown;
    }

    private static void Walk(JsonElement node, string type, string path, List<string> unknown)
    {
        foreach (var property in node.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (!Fields[type].Contains(property.Name))
            {
                unknown.Add(at);
                continue;
            }
            var child = (type, property.Name) switch
            {
                ("Job" or "TaskGroup" or "Task", "Constraints") => "Constraint",
                ("Job", "TaskGroups") => "TaskGroup",
                ("TaskGroup", "Tasks") => "Task",
                ("TaskGroup", "Networks") => "NetworkResource",
                ("NetworkResource", "ReservedPorts" or "DynamicPorts") => "Port",
                ("TaskGroup" or "Task", "Services") => "Service",
                ("Service", "Checks") => "ServiceCheck",
                ("Task", "Templates") => "Template",
                ("Task", "VolumeMounts") => "VolumeMount",
                ("Task", "Resources") => "Resources",
                _ => null,
            };
            if (type == "TaskGroup" && property.Name == "Volumes")
            {
                foreach (var volume in property.Value.EnumerateObject())
                {
                    Walk(volume.Value, "VolumeRequest", $"{at}.{volume.Name}", unknown);
                }
            }
            else if (type == "Task" && property.Name == "Config")
            {
                unknown.AddRange(property.Value.EnumerateObject().Where(p => !PodmanTaskConfig.Contains(p.Name)).Select(p => $"{at}.{p.Name}"));
            }
            else if (child is not null)
            {
                var items = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
                for (var i = 0; i < items.Count; i++)
                {
                    Walk(items[i], child, $"{at}[{i}]", unknown);
                }
            }
        }
    }
}
