using Lab.Infra;
using Lab.Infra.Config;
using Pulumi;
using Pulumi.Testing;

namespace Lab.Tests.Support;

/// <summary>Runs <see cref="LabStack"/> under mocks with config from a source; callers must not run in parallel.</summary>
public static class LabStackRuns
{
    /// <summary>Asserts that the stack refuses the config with exactly these problems and registers no resource.</summary>
    public static async Task AssertRejectedAsync(IConfigSource source, IReadOnlyList<string> expected)
    {
        var mocks = new RecordingMocks();
        Exception? error = null;
        try
        {
            await RunAsync(source, mocks);
        }
        catch (Exception e)
        {
            error = e;
        }

        Assert.That(error, Is.Not.Null, "LabStack accepted the config");
        Assert.That(Messages(error!), Has.Some.EndsWith(string.Join("\n", expected)));
        Assert.That(mocks.Resources, Is.Empty);
    }

    /// <summary>Runs the stack over <paramref name="source"/> under <paramref name="mocks"/> and returns it.</summary>
    public static async Task<LabStack> RunAsync(IConfigSource source, IMocks mocks)
    {
        var resources = await Deployment.TestWithServiceProviderAsync<LabStack>(mocks, new Factory(source),
            new TestOptions { IsPreview = false, ProjectName = "homelab", StackName = "test" });
        return resources.OfType<LabStack>().Single();
    }

    private static IEnumerable<string> Messages(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            yield return current.Message;
        }
    }

    private sealed class Factory(IConfigSource source) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LabStack) ? new LabStack(source, null) : null;
    }
}
