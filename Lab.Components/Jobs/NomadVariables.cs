namespace Lab.Components.Jobs;

/// <summary>
/// How a job's templates read its secrets from Nomad Variables. A job's tasks may read the Variable at
/// <c>nomad/jobs/&lt;job id&gt;</c> of its namespace with no policy (Nomad's implicit workload-identity access), so
/// each job's secrets live there and never in the job specification's text.
/// </summary>
public static class NomadVariables
{
    /// <summary>The Variable path a job's tasks read without any ACL policy.</summary>
    public static string PathOf(string jobId) => $"nomad/jobs/{jobId}";

    /// <summary>A template expression that renders one item of the job's Variable.</summary>
    public static string Item(string jobId, string key) =>
        $"{{{{ with nomadVar \"{PathOf(jobId)}\" }}}}{{{{ .{key} }}}}{{{{ end }}}}";
}
