using Consumer.App;
using Pulumi;
using Pulumi.Testing;

namespace Consumer.Tests.Support;

/// <summary>Runs <see cref="ConsumerStack"/> under mocks; callers must not run in parallel (Deployment.TestAsync).</summary>
public static class ConsumerRuns
{
    public const string LabStack = "organization/homelab/lab";

    /// <summary>What the stack's transformation saw of every resource, by name: its args.</summary>
    public sealed class Recorded
    {
        private readonly Dictionary<string, ResourceArgs> _args = new(StringComparer.Ordinal);

        public ResourceArgs this[string name]
        {
            get
            {
                lock (_args)
                {
                    return _args[name];
                }
            }
        }

        internal ResourceTransformationResult? Record(ResourceTransformationArgs args)
        {
            lock (_args)
            {
                _args[args.Resource.GetResourceName()] = args.Args;
            }
            return null;
        }
    }

    public static async Task<(ConsumerStack Stack, Recorded Args)> RunAsync(LabReferenceMocks mocks, bool preview = false, string labStack = LabStack)
    {
        var recorded = new Recorded();
        var settings = ConsumerSettings.Parse(labStack).Settings!;
        var resources = await Deployment.TestWithServiceProviderAsync<ConsumerStack>(mocks,
            new Factory(settings, new StackOptions { ResourceTransformations = { recorded.Record } }),
            new TestOptions { IsPreview = preview, ProjectName = ConsumerSettings.Project, StackName = "lab" });
        return (resources.OfType<ConsumerStack>().Single(), recorded);
    }

    /// <summary>Every message in the error, its inner and aggregated errors included.</summary>
    public static IEnumerable<string> Messages(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var current))
        {
            yield return current.Message;
            foreach (var inner in current is AggregateException aggregate ? aggregate.InnerExceptions : current.InnerException is { } one ? [one] : [])
            {
                pending.Push(inner);
            }
        }
    }

    /// <summary>The run's failure; fails the test when the run succeeds.</summary>
    public static async Task<string> FailureAsync(LabReferenceMocks mocks)
    {
        try
        {
            await RunAsync(mocks);
        }
        catch (Exception e)
        {
            return string.Join("\n", Messages(e));
        }
        Assert.Fail("the consumer stack ran");
        return "";
    }

    private sealed class Factory(ConsumerSettings settings, StackOptions options) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ConsumerStack) ? new ConsumerStack(settings, options) : null;
    }
}
