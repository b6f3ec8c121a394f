using Lab.Components;
using Lab.Components.Jobs;

namespace Consumer.App;

/// <summary>
/// The consumer's own job: a small web service in the lab's apps namespace, routed by Fabio as
/// <c>hello.&lt;domain&gt;</c> (tag <c>urlprefix-hello.&lt;domain&gt;/</c>) and health-checked on <c>/health</c>. It uses
/// the lab's typed job model, so the lab's <see cref="JobRules"/> (pinned image, resources, a check) hold for it too.
/// </summary>
public static class HelloJob
{
    /// <summary>The job's id, also its Consul service name.</summary>
    public const string Id = "hello";

    /// <summary>The port the server listens on in its container.</summary>
    public const int ContainerPort = 8080;

    /// <summary>The name Fabio routes to the service.</summary>
    public static string Host(string domain) => $"{Id}.{domain}";

    /// <summary>
    /// The job in <paramref name="ns"/>. It runs in every datacenter of the region (<c>*</c>, Nomad's default since 1.5):
    /// the lab's outputs do not name its datacenter, and the apps namespace is what confines it.
    /// </summary>
    public static NomadJob Create(string ns, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(ns);
        ArgumentException.ThrowIfNullOrEmpty(domain);
        return new NomadJob
        {
            Id = Id,
            Type = JobType.Service,
            Namespace = ns,
            Datacenters = ["*"],
            Groups =
            [
                new JobGroup
                {
                    Name = "web",
                    // Two copies, so that losing one node leaves one serving; dynamic ports let both share a node.
                    Count = 2,
                    Ports = [new JobPort("http", To: ContainerPort)],
                    Services =
                    [
                        new JobService
                        {
                            Name = Id,
                            Port = "http",
                            Tags = [$"urlprefix-{Host(domain)}/"],
                            Checks =
                            [
                                new JobCheck
                                {
                                    Name = "hello-health",
                                    Type = "http",
                                    Path = "/health",
                                    Interval = TimeSpan.FromSeconds(5),
                                    Timeout = TimeSpan.FromSeconds(2),
                                },
                            ],
                        },
                    ],
                    Tasks =
                    [
                        new JobTask
                        {
                            Name = "web",
                            // The lab's pinned echo server: its version is kept in one place, Lab.Components/Versions.cs.
                            Image = Versions.Images.HttpEcho,
                            Args = [$"-listen=:{ContainerPort}", $"-text=hello from the consumer stack at {Host(domain)}"],
                            PublishedPorts = ["http"],
                            Resources = new JobResources(CpuMHz: 50, MemoryMiB: 32, MemoryMaxMiB: 64),
                        },
                    ],
                },
            ],
        };
    }
}
