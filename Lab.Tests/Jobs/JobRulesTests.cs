using Lab.Components.Jobs;

namespace Lab.Tests.Jobs;

[Parallelizable(ParallelScope.All)]
public class JobRulesTests
{
    private static readonly JobPlacement Placement = new(["dc1"], "general", 3);

    [TestCase("docker.io/fabiolb/fabio:1.6.3", null)] // registry, repository, tag
    [TestCase("quay.io/prometheus/node-exporter:v1.9.1", null)] // another registry
    [TestCase("localhost:5000/app:1.0", null)] // a local registry with a port
    [TestCase("docker.io/library/alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000", null)] // digest
    [TestCase("fabiolb/fabio:1.6.3", "is not fully qualified as <registry host>/<repository>:<tag>")] // Docker Hub short name
    [TestCase("fabio", "is not fully qualified as <registry host>/<repository>:<tag>")] // bare name
    [TestCase("docker.io/fabiolb/fabio", "has no tag or digest; it would float")] // no tag
    [TestCase("docker.io/fabiolb/fabio:latest", "has the floating tag 'latest'; pin a release")] // latest
    public void Images_must_be_fully_qualified_and_pinned(string image, string? problem)
    {
        Assert.That(JobRules.ImageRule(image), Is.EqualTo(problem));
    }

    [Test]
    public void The_lab_jobs_break_no_rule()
    {
        Assert.That(JobRules.Check(FabioJob.Create(Placement, true)).Concat(JobRules.Check(FabioJob.Create(Placement, false))).Concat(JobRules.Check(HttpEchoJob.Create(Placement, "lab.example.com"))), Is.Empty);
    }

    [Test]
    public void A_system_job_takes_no_count_and_a_service_job_needs_one()
    {
        var fabio = FabioJob.Create(Placement, false);
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");

        Assert.That(JobRules.Check(fabio with { Groups = [fabio.Groups[0] with { Count = 1 }] }),
            Is.EqualTo(new[] { "job 'fabio' group 'fabio': a system job runs one allocation per node; leave count unset" }));
        Assert.That(JobRules.Check(echo with { Groups = [echo.Groups[0] with { Count = null }] }),
            Is.EqualTo(new[] { "job 'http-echo' group 'echo': a service job needs a count of at least 1" }));
    }

    [Test]
    public void A_static_port_with_more_than_one_copy_is_refused()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var group = echo.Groups[0] with { Ports = [new JobPort("http", 8080, 8080)] };

        Assert.That(JobRules.Check(echo with { Groups = [group] }), Is.EqualTo(new[] { "job 'http-echo' group 'echo': a static port with count > 1; use a system job or a dynamic port" }));
    }

    [Test]
    public void Services_checks_mounts_and_published_ports_must_name_ports_and_volumes_of_the_group()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var service = echo.Groups[0].Services[0];
        var group = echo.Groups[0] with
        {
            Services = [service with { Port = "web", Checks = [service.Checks[0] with { Port = "admin" }] }],
            Tasks = [echo.Groups[0].Tasks[0] with { PublishedPorts = ["http", "metrics"], VolumeMounts = [new JobVolumeMount("data", "/data")] }],
        };

        Assert.That(JobRules.Check(echo with { Groups = [group] }), Is.EqualTo(new[]
        {
            "job 'http-echo' group 'echo' service 'http-echo': port 'web' is not a port of the group",
            "job 'http-echo' group 'echo' service 'http-echo' check 'http-echo-health': port 'admin' is not a port of the group",
            "job 'http-echo' group 'echo' task 'echo': mounts volume 'data', which the group does not request",
            "job 'http-echo' group 'echo' task 'echo': publishes port 'metrics', which is not a port of the group",
        }));
    }

    [Test]
    public void Resources_must_reserve_cpu_and_memory_and_a_max_not_below_the_reservation()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var task = echo.Groups[0].Tasks[0];
        JobGroup With(JobResources resources) => echo.Groups[0] with { Tasks = [task with { Resources = resources }] };

        Assert.That(JobRules.Check(echo with { Groups = [With(new JobResources(0, 64))] }), Is.EqualTo(new[] { "job 'http-echo' group 'echo' task 'echo': resources need CPU and memory above 0" }));
        Assert.That(JobRules.Check(echo with { Groups = [With(new JobResources(50, 64, 32))] }), Is.EqualTo(new[] { "job 'http-echo' group 'echo' task 'echo': memory max 32 MiB is below the reserved 64 MiB" }));
    }

    [Test]
    public void A_group_volume_must_be_a_host_volume_the_clients_offer_and_read_only_where_the_clients_offer_it_so()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var group = echo.Groups[0] with { Volumes = [new JobVolume("srv", "srv"), new JobVolume("root", "host-root"), new JobVolume("logs", "journal", ReadOnly: true)] };

        Assert.That(JobRules.Check(echo with { Groups = [group] }), Is.EqualTo(new[]
        {
            "job 'http-echo' group 'echo' volume 'srv': source 'srv' is not a host volume the clients offer (data, journal, machine-id, host-root)",
            "job 'http-echo' group 'echo' volume 'root': host volume 'host-root' is read-only; request it read-only",
        }));
    }

    [Test]
    public void A_volume_mount_needs_a_volume_of_the_group_and_an_absolute_destination()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var task = echo.Groups[0].Tasks[0] with { VolumeMounts = [new JobVolumeMount("logs", "var/log/journal", ReadOnly: true), new JobVolumeMount("data", "/data")] };
        var group = echo.Groups[0] with { Volumes = [new JobVolume("logs", "journal", ReadOnly: true)], Tasks = [task] };

        Assert.That(JobRules.Check(echo with { Groups = [group] }), Is.EqualTo(new[]
        {
            "job 'http-echo' group 'echo' task 'echo': mounts volume 'data', which the group does not request",
            "job 'http-echo' group 'echo' task 'echo': mounts volume 'logs' at 'var/log/journal', which is not an absolute path",
        }));
    }

    [Test]
    public void A_template_that_reads_a_variable_must_render_under_secrets()
    {
        var fabio = FabioJob.Create(Placement, false);
        var task = fabio.Groups[0].Tasks[0];
        var group = fabio.Groups[0] with { Tasks = [task with { Templates = [task.Templates[0] with { Destination = "local/fabio.properties" }] }] };

        Assert.That(JobRules.Check(fabio with { Groups = [group] }), Is.EqualTo(new[] { "job 'fabio' group 'fabio' task 'fabio': template 'local/fabio.properties' reads a Nomad Variable; render it under secrets/" }));
    }

    [Test]
    public void A_check_needs_an_http_path_and_a_timeout_shorter_than_its_interval()
    {
        var echo = HttpEchoJob.Create(Placement, "lab.example.com");
        var service = echo.Groups[0].Services[0];
        var check = service.Checks[0] with { Path = null, Timeout = TimeSpan.FromSeconds(5) };
        var group = echo.Groups[0] with { Services = [service with { Checks = [check] }] };

        Assert.That(JobRules.Check(echo with { Groups = [group] }), Is.EqualTo(new[]
        {
            "job 'http-echo' group 'echo' service 'http-echo' check 'http-echo-health': an http check needs a path starting with '/'",
            "job 'http-echo' group 'echo' service 'http-echo' check 'http-echo-health': needs an interval of at least 1s and a timeout shorter than it",
        }));
    }
}
