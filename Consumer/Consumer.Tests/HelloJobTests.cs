using System.Text.Json;
using Consumer.App;
using Lab.Components;
using Lab.Components.Jobs;

namespace Consumer.Tests;

[Parallelizable]
public class HelloJobTests
{
    private static readonly NomadJob Job = HelloJob.Create("apps", "lab.example.com");

    [Test]
    public void The_job_satisfies_every_lab_job_rule()
    {
        Assert.That(JobRules.Check(Job), Is.Empty);
    }

    [Test]
    public void The_job_runs_the_labs_pinned_image_on_podman_with_resources_reserved()
    {
        var task = Rendered().GetProperty("TaskGroups")[0].GetProperty("Tasks")[0];

        Assert.Multiple(() =>
        {
            Assert.That(task.GetProperty("Driver").GetString(), Is.EqualTo("podman"));
            Assert.That(task.GetProperty("Config").GetProperty("image").GetString(), Is.EqualTo(Versions.Images.HttpEcho));
            Assert.That(JobRules.ImageRule(Versions.Images.HttpEcho), Is.Null);
            Assert.That(task.GetProperty("Resources").GetProperty("CPU").GetInt32(), Is.EqualTo(50));
            Assert.That(task.GetProperty("Resources").GetProperty("MemoryMB").GetInt32(), Is.EqualTo(32));
        });
    }

    [Test]
    public void The_service_has_a_fabio_route_and_an_http_health_check()
    {
        var service = Rendered().GetProperty("TaskGroups")[0].GetProperty("Services")[0];
        var check = service.GetProperty("Checks")[0];

        Assert.Multiple(() =>
        {
            Assert.That(service.GetProperty("Name").GetString(), Is.EqualTo("hello"));
            Assert.That(service.GetProperty("Tags")[0].GetString(), Is.EqualTo("urlprefix-hello.lab.example.com/"));
            Assert.That(check.GetProperty("Type").GetString(), Is.EqualTo("http"));
            Assert.That(check.GetProperty("Path").GetString(), Is.EqualTo("/health"));
            Assert.That(check.GetProperty("Interval").GetInt64(), Is.EqualTo(5_000_000_000L));
        });
    }

    [Test]
    public void Two_copies_on_dynamic_ports_so_that_they_may_share_a_node()
    {
        var group = Rendered().GetProperty("TaskGroups")[0];

        Assert.That(group.GetProperty("Count").GetInt32(), Is.EqualTo(2));
        Assert.That(group.GetProperty("Networks")[0].TryGetProperty("ReservedPorts", out _), Is.False);
    }

    [Test]
    public void The_job_is_in_the_namespace_it_is_given_and_in_every_datacenter()
    {
        var job = JsonDocument.Parse(JobSpecRenderer.Render(HelloJob.Create("team-apps", "lab.example.com"))).RootElement.GetProperty("Job");

        Assert.That(job.GetProperty("Namespace").GetString(), Is.EqualTo("team-apps"));
        Assert.That(job.GetProperty("Datacenters").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "*" }));
    }

    private static JsonElement Rendered() => JsonDocument.Parse(JobSpecRenderer.Render(Job)).RootElement.GetProperty("Job");
}
