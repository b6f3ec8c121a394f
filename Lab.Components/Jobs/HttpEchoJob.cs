namespace Lab.Components.Jobs;

/// <summary>
/// The example web service: HashiCorp's echo server on 8080 inside its container, published on a dynamic host port,
/// registered in Consul with Fabio's route tag <c>urlprefix-echo.&lt;domain&gt;/</c> and an HTTP check of
/// <c>/health</c> every 2 s. It needs no secret and no Consul token.
/// </summary>
public static class HttpEchoJob
{
    /// <summary>The job's id.</summary>
    public const string Id = "http-echo";

    /// <summary>The echo server's health endpoint (200 with a small JSON body), which Consul and the edge check.</summary>
    public const string HealthPath = "/health";

    /// <summary>The port the echo server listens on in its container.</summary>
    public const int ContainerPort = 8080;

    /// <summary>The job: two copies where there are two job nodes, so one node's loss leaves a copy serving.</summary>
    public static NomadJob Create(JobPlacement placement, string domain)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentException.ThrowIfNullOrEmpty(domain);
        return new NomadJob
        {
            Id = Id,
            Type = JobType.Service,
            Datacenters = placement.Datacenters,
            Constraints = [placement.Constraint],
            Groups =
            [
                new JobGroup
                {
                    Name = "echo",
                    Count = Math.Min(2, Math.Max(1, placement.NodeCount)),
                    Ports = [new JobPort("http", To: ContainerPort)],
                    Services =
                    [
                        new JobService
                        {
                            Name = Id,
                            Port = "http",
                            Tags = [$"urlprefix-echo.{domain}/"],
                            Checks =
                            [
                                new JobCheck
                                {
                                    Name = "http-echo-health",
                                    Type = "http",
                                    Path = HealthPath,
                                    Interval = TimeSpan.FromSeconds(2),
                                    Timeout = TimeSpan.FromSeconds(1),
                                },
                            ],
                        },
                    ],
                    Tasks =
                    [
                        new JobTask
                        {
                            Name = "echo",
                            Image = Versions.Images.HttpEcho,
                            Args = [$"-listen=:{ContainerPort}", $"-text=hello from echo.{domain}"],
                            PublishedPorts = ["http"],
                            Resources = new JobResources(CpuMHz: 50, MemoryMiB: 32, MemoryMaxMiB: 64),
                        },
                    ],
                },
            ],
        };
    }
}
